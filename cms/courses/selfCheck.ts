/** A question as stored in a lesson: its options, one of them right, and why. */
export type StoredQuestion = { question: string; options?: { text: string; correct?: boolean | null }[] | null; explanation?: string | null }

export type MarkedQuestion = {
  number: number
  question: string
  /** What the learner chose, or null when they left the question unanswered (then no answer nor explanation is given). */
  chosen: string | null
  right: boolean
  answer: string
  explanation: string
}
export type Marking = { questions: MarkedQuestion[]; right: number; total: number }

/**
 * Marks a self-check sent as a plain form: `q1`, `q2`… each the number (from 1) of the option
 * chosen. An option number the lesson does not have counts as unanswered.
 */
export function markSelfCheck(questions: StoredQuestion[], form: { get: (name: string) => unknown }): Marking {
  const marked = questions.map((q, i): MarkedQuestion => {
    const options = q.options ?? []
    const picked = Number(form.get(`q${i + 1}`))
    const chosen = Number.isInteger(picked) && picked >= 1 && picked <= options.length ? options[picked - 1]! : null
    const answer = options.find((o) => o.correct)
    // An unanswered question keeps its answer: an empty form must not be a way to read them all.
    if (!chosen) return { number: i + 1, question: q.question, chosen: null, right: false, answer: '', explanation: '' }
    return { number: i + 1, question: q.question, chosen: chosen.text, right: Boolean(chosen.correct), answer: answer?.text ?? '', explanation: q.explanation ?? '' }
  })
  return { questions: marked, right: marked.filter((q) => q.right).length, total: marked.length }
}
