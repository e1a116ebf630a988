// Olist's "country" is the customer's Brazilian state as a two-letter code (IBGE / postal).
// Readers outside Brazil do not know the codes, so pages show the name with the code.
const STATE_NAMES: Record<string, string> = {
  AC: 'Acre', AL: 'Alagoas', AM: 'Amazonas', AP: 'Amapá', BA: 'Bahia', CE: 'Ceará', DF: 'Distrito Federal',
  ES: 'Espírito Santo', GO: 'Goiás', MA: 'Maranhão', MG: 'Minas Gerais', MS: 'Mato Grosso do Sul', MT: 'Mato Grosso',
  PA: 'Pará', PB: 'Paraíba', PE: 'Pernambuco', PI: 'Piauí', PR: 'Paraná', RJ: 'Rio de Janeiro', RN: 'Rio Grande do Norte',
  RO: 'Rondônia', RR: 'Roraima', RS: 'Rio Grande do Sul', SC: 'Santa Catarina', SE: 'Sergipe', SP: 'São Paulo', TO: 'Tocantins',
};

/** "SP" → "São Paulo"; an unknown code is returned as it is. */
export function stateName(code: string): string {
  return STATE_NAMES[code.toUpperCase()] ?? code;
}

/** "SP" → "São Paulo (SP)"; an unknown code alone. */
export function stateLabel(code: string): string {
  const name = stateName(code);
  return name === code ? code : `${name} (${code})`;
}
