import { useEffect, useState } from 'react';
import type { StanceMatrix } from '../../shared/model';
import { platform } from './platform';

// Placeholder until the matrix view lands: shows the parties and demands main derived.
export function App() {
  const [matrix, setMatrix] = useState<StanceMatrix | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform['matrix:get']({}).then(setMatrix, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!matrix) return <p>Loading…</p>;
  return (
    <table role="grid" aria-label="Stance matrix">
      <thead>
        <tr>
          <th>Party</th>
          {matrix.demands.map((d) => (
            <th key={d.id}>{d.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.parties.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            {matrix.demands.map((d) => (
              <td key={d.id}>{matrix.cells.find((c) => c.party === p.id && c.demand === d.id)?.stance}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
