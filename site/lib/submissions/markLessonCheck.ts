import { markSelfCheck, type Marking, type StoredQuestion } from '../../../cms/courses/selfCheck'
import { payloadClient } from '../payload'
import { readForm, unreadableFormMessage } from './readForm'

export type LessonCheck = { ok: true; courseTitle: string; lessonTitle: string; marking: Marking } | { ok: false; status: number; message: string }

/**
 * Marks a lesson's self-check against the published course. The right answers are read here,
 * on the server, past the public's access rules (which hide them from the API and the build);
 * only a published course is marked, and nothing the learner sent is kept.
 */
export async function markLessonCheck(request: Request, courseSlug: string, lessonSlug: string): Promise<LessonCheck> {
  const form = await readForm(request)
  if (!form) return { ok: false, status: 400, message: unreadableFormMessage }
  const payload = await payloadClient()
  const course = (
    await payload.find({
      collection: 'courses',
      where: { and: [{ slug: { equals: courseSlug } }, { _status: { equals: 'published' } }] },
      draft: false,
      overrideAccess: true,
      depth: 0,
      limit: 1,
      select: { title: true, lessons: { slug: true, title: true, questions: true } },
    })
  ).docs[0]
  const lesson = course?.lessons?.find((l) => l.slug === lessonSlug)
  if (!course || !lesson?.questions?.length) return { ok: false, status: 404, message: 'Không tìm thấy bài tự kiểm tra này.' }
  return { ok: true, courseTitle: course.title, lessonTitle: lesson.title, marking: markSelfCheck(lesson.questions as StoredQuestion[], form) }
}
