/** The fictional borough every demo section uses: 7 PCNs of 30,000–50,000 patients (the Sefton band). */
export const borough = {
  name: 'Riverside (fictional)',
  pcns: [
    { id: 'riv-north', name: 'Riverside North', listSize: 46_200, linkWorkerWte: 2 },
    { id: 'riv-central', name: 'Riverside Central', listSize: 38_900, linkWorkerWte: 1 },
    { id: 'riv-docks', name: 'Docklands', listSize: 31_400, linkWorkerWte: 1 },
    { id: 'riv-heath', name: 'Heathside', listSize: 49_750, linkWorkerWte: 1.5 },
    { id: 'riv-mill', name: 'Millbrook', listSize: 34_100, linkWorkerWte: 1 },
    { id: 'riv-park', name: 'Parkway', listSize: 42_600, linkWorkerWte: 0.5 },
    { id: 'riv-vale', name: 'Vale and Weir', listSize: 30_350, linkWorkerWte: 0.5 },
  ],
} as const;
