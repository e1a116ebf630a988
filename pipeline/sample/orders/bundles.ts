// Products usually bought together, so basket analysis finds strong pairs.
// [name, stock codes, relative chance]. A bundle's chance follows the season of its first product.

export const bundles: [string, string[], number][] = [
  ['regency teaware', ['22423', '22697', '22699', '22698'], 1],
  ['lunch bags', ['20725', '22384', '20727'], 1.2],
  ['jumbo bags', ['85099B', '85099C', '85099F', '22386'], 1.1],
  ['christmas paper chains', ['22086', '22910', '22577', '22578', '22579'], 1.3],
  ['alarm clocks', ['22727', '22728', '22726'], 0.7],
  ['coat racks', ['22913', '22912', '22914'], 0.6],
  ['cake cases', ['84991', '21212', '22951'], 0.8],
  ['herb markers', ['22916', '22917', '22918', '22919', '22920', '22921'], 1.0],
  ['valentine', ['84992', '22930', '22931'], 0.8],
];
