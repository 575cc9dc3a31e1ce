import { useEffect } from 'react';
import { bonesPhrase } from '../anatomy/quiz';
import type { StructureId } from '../anatomy/ids';
import { currentQuestion, isQuizOver, quizLength } from '../state/quizSlice';
import { useViewer } from '../state/store';
import { CloseIcon } from './CloseIcon';

/** Quiz mode on/off (`data-testid="quiz-toggle"`). */
export function QuizToggle() {
  const open = useViewer((s) => s.quizOpen);
  return (
    <button
      type="button"
      className="chip chip-small"
      data-testid="quiz-toggle"
      aria-pressed={open}
      aria-controls={open ? 'quiz-panel' : undefined}
      onClick={() => useViewer.getState().setQuizOpen(!open)}
    >
      Quiz
    </button>
  );
}

/** Show the answer of a click question on the model: make it visible, then fly there and light it up. */
function showOnModel(id: StructureId) {
  const s = useViewer.getState();
  s.revealStructure(id);
  s.flyToFocus(id);
}

/**
 * The quiz (`data-testid="quiz-panel"`): one question at a time from a seeded quiz. Click questions
 * are answered on the model, choice questions with buttons; each answer is explained, the score kept,
 * and the progress remembered on this device.
 */
export function QuizPanel() {
  const open = useViewer((s) => s.quizOpen);
  const quiz = useViewer((s) => s.quiz);
  const { answerChoice, revealAnswer, nextQuestion, startQuiz, setQuizOpen } = useViewer.getState();
  const question = currentQuestion(quiz);
  const answer = quiz?.answer ?? null;

  // After a click answer (or "show me"), light up the right structure so the student sees where it was.
  useEffect(() => {
    if (answer && question && question.kind !== 'choice' && !answer.correct) showOnModel(question.answer);
  }, [answer, question]);

  if (!open || !quiz) return null;
  const total = quizLength(quiz);
  const over = isQuizOver(quiz);
  return (
    <section
      className="quiz-panel"
      id="quiz-panel"
      data-testid="quiz-panel"
      aria-labelledby="quiz-title"
      data-seed={quiz.seed}
      data-question-id={question?.id ?? ''}
      data-question-kind={question?.kind ?? ''}
    >
      <header className="quiz-head">
        <h2 id="quiz-title">Quiz</h2>
        <p className="quiz-score" data-testid="quiz-score" aria-live="polite">
          Score {quiz.right} / {quiz.right + quiz.wrong}
          <span className="quiz-progress"> · question {Math.min(quiz.index + 1, total)} of {total}</span>
        </p>
        <button type="button" className="icon-button small" aria-label="Close the quiz" onClick={() => setQuizOpen(false)}>
          <CloseIcon />
        </button>
      </header>
      {over || !question ? (
        <div className="quiz-over">
          <p data-testid="quiz-result">
            Finished: {quiz.right} of {total} right.
          </p>
          <button type="button" className="chip chip-small primary" data-testid="quiz-restart" onClick={() => startQuiz()}>
            New quiz
          </button>
        </div>
      ) : (
        <>
          <p className="quiz-prompt" data-testid="quiz-prompt">
            {question.prompt}
          </p>
          {question.kind === 'choice' ? (
            <ul className="quiz-options">
              {question.options.map((option, i) => {
                const state = !answer ? '' : i === question.correctIndex ? ' right' : i === answer.choice ? ' wrong' : '';
                return (
                  <li key={option}>
                    <button
                      type="button"
                      className={`quiz-option${state}`}
                      data-testid={`quiz-option-${i}`}
                      disabled={answer !== null}
                      aria-pressed={answer?.choice === i}
                      onClick={() => answerChoice(i)}
                    >
                      {option}
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : (
            !answer && (
              <p className="quiz-hint">
                Click it on the model. Use the layers to uncover deep structures
                {question.kind === 'click-attachment' ? `; a click on ${bonesPhrase(question.bones)} close to the spot counts` : ''}.
              </p>
            )
          )}
          {answer && (
            <p className={`quiz-feedback ${answer.correct ? 'right' : 'wrong'}`} data-testid="quiz-feedback" data-correct={answer.correct} role="status">
              <strong>{answer.correct ? 'Right. ' : 'Not quite. '}</strong>
              {answer.feedback}
            </p>
          )}
          <div className="quiz-buttons">
            {answer ? (
              <button type="button" className="chip chip-small primary" data-testid="quiz-next" onClick={nextQuestion}>
                {quiz.index + 1 >= total ? 'See result' : 'Next question'}
              </button>
            ) : (
              <button type="button" className="chip chip-small" data-testid="quiz-reveal" onClick={revealAnswer}>
                Show me
              </button>
            )}
            <button type="button" className="chip chip-small" data-testid="quiz-restart" onClick={() => startQuiz()}>
              Start over
            </button>
          </div>
        </>
      )}
    </section>
  );
}
