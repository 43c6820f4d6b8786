/**
 * Three short news articles on an invented trade dispute between Canada and the European Union
 * (steel tariffs, dairy quotas), written for Standpoint's tests. The people are invented. They read
 * like wire copy: datelines, titles before names, surnames later, quotes, a headline first.
 */
export interface TradeArticle {
  file: string;
  id: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
}

export const TRADE_ARTICLES: TradeArticle[] = [
  {
    file: 'ottawa-2025-03-03.txt',
    id: 'ottawa-2025-03-03',
    title: 'Canada rejects EU call to scrap dairy quotas',
    outlet: 'Northern Wire',
    published: '2025-03-03',
    text: `Canada rejects EU call to scrap dairy quotas
OTTAWA, March 3, 2025 — Canada on Tuesday rejected the European Union's demand for an end to dairy import quotas, saying its supply management system was not up for negotiation.
Trade Minister Elaine Fortier told reporters in Ottawa that the government would never accept an end to dairy import quotas. "Our farmers are not a bargaining chip," Fortier said.
The European Commission has also called for the removal of steel tariffs that Ottawa imposed last spring. Fortier said Canada was open to discussing the removal of steel tariffs if Brussels withdrew its complaint at the World Trade Organization.
EU Trade Commissioner Henrik Valden said on Monday that the bloc wants the removal of steel tariffs before the summer. Valden called the quotas "a relic of another century".
`,
  },
  {
    file: 'brussels-2025-03-10.txt',
    id: 'brussels-2025-03-10',
    title: 'Brussels presses Ottawa on steel as talks resume',
    outlet: 'Continental Business Daily',
    published: '2025-03-10',
    text: `Brussels presses Ottawa on steel as talks resume
BRUSSELS, March 10, 2025 — The European Union insisted on Monday on the removal of steel tariffs as negotiators from both sides met for a second round of talks.
Trade Commissioner Henrik Valden said the European Union supports an end to dairy import quotas and would keep pressing Canada on market access for cheese.
Canadian officials said the government rejects any end to dairy import quotas but is willing to discuss the removal of steel tariffs.
A spokesperson for the European Commission, Marta Lindqvist, said the Commission welcomed the tone of the talks.
The World Trade Organization panel on the steel measures is due to report in June.
`,
  },
  {
    file: 'geneva-2025-03-18.txt',
    id: 'geneva-2025-03-18',
    title: 'WTO panel delays steel ruling as Canada and EU keep talking',
    outlet: 'Geneva Trade Monitor',
    published: '2025-03-18',
    text: `WTO panel delays steel ruling as Canada and EU keep talking
GENEVA, March 18, 2025 — A World Trade Organization panel postponed its ruling on Canadian steel tariffs after both sides asked for more time.
Foreign Minister Paul Decaris of Canada said Ottawa remained open to the removal of steel tariffs. Decaris added that Canada opposes any end to dairy import quotas.
Valden, the EU trade commissioner, said Brussels backs the removal of steel tariffs and called on Ottawa to act quickly.
`,
  },
];
