/** Money as the shopper's locale writes it ("$59.99", "59,99 $", "US$59.99"). */
export function formatMoney(amount: number, currency: string, locale: string, options: { wholeWithoutCents?: boolean } = {}): string {
  const whole = options.wholeWithoutCents && Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(locale, { style: 'currency', currency, ...whole }).format(amount);
}
