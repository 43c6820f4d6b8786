import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
const its = nlp.its;
const t =
  "Washington will not agree to halt NATO's expansion, but allies said they'd never admit non-starters. Guarantees were demanded by Moscow; the U.S. refuses to deploy intermediate-range missiles. Russia’s demands, he insisted, are being rejected.";
const doc = nlp.readDoc(t);
console.log(doc.tokens().out(its.value).join('|'));
console.log(doc.tokens().out(its.lemma).join('|'));
console.log(doc.tokens().out(its.pos).join('|'));
console.log(doc.tokens().out(its.negationFlag).join('|'));
console.log(
  doc
    .tokens()
    .out(its.precedingSpaces)
    .map((s) => JSON.stringify(s))
    .join('|'),
);
const big =
  'Russia demanded that NATO halt expansion and withdraw its forces to 1997 positions, Lavrov said on Jan. 14 in Moscow. '.repeat(
    20000,
  );
let t0 = performance.now();
nlp.readDoc(big);
console.log('full', performance.now() - t0, big.length);
const nlp2 = winkNLP(model, ['sbd']);
t0 = performance.now();
nlp2.readDoc(big);
console.log('sbd', performance.now() - t0);
const nlp3 = winkNLP(model, ['sbd', 'pos']);
t0 = performance.now();
nlp3.readDoc(big);
console.log('sbd+pos', performance.now() - t0);
t0 = performance.now();
const d3 = nlp3.readDoc(big);
d3.tokens().out(its.lemma);
console.log('sbd+pos+lemma', performance.now() - t0);
