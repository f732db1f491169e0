/** Dates as people here read them: in Vietnam's time, whatever zone the server runs in. */
export const siteTimeZone = 'Asia/Ho_Chi_Minh'

function parts(date: Date) {
  const fields = new Intl.DateTimeFormat('en-GB', {
    timeZone: siteTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const get = (type: string) => fields.find((p) => p.type === type)?.value ?? ''
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** "07:59:59 12/12/2023" */
export function formatDateTime(input: string | Date): string {
  const p = parts(new Date(input))
  return `${p.hour}:${p.minute}:${p.second} ${p.day}/${p.month}/${p.year}`
}

/** "12/12/2023" */
export function formatDate(input: string | Date): string {
  const p = parts(new Date(input))
  return `${p.day}/${p.month}/${p.year}`
}

/** "ngày 14 tháng 9 năm 2022", as administrative documents write it. */
export function formatDocumentDate(input: string | Date): string {
  const p = parts(new Date(input))
  return `ngày ${Number(p.day)} tháng ${Number(p.month)} năm ${p.year}`
}

/** "2024-12-31": the calendar day in Vietnam, for data files and deadline arithmetic. */
export function calendarDay(input: string | Date): string {
  const p = parts(new Date(input))
  return `${p.year}-${p.month}-${p.day}`
}
