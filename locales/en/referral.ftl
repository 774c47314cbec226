# After a screening: next steps (content brief §4) and the anonymous
# summary for a referral call. The summary never holds a name.

result-next-steps = Next steps
step-privacy = Talk with the person alone, away from any companion, employer or "translator". Never use a companion as an interpreter.
step-consent = An adult decides what happens next, unless a life is at risk. Explain who you are and what you can keep confidential.
step-child = A child is always referred, whatever happens next.
step-no-confront = Do not confront anyone you suspect, do not photograph the person and write down no names.
summary-title = Anonymous summary for a referral call
summary-intro = Read it aloud or paste it when you call. It holds no names or details that identify the person.
summary-outcome = Screening result: { $outcome }
summary-signs = Signs observed: { $signs }
summary-signs-none = Signs observed: none
summary-child-yes = Possibly a child: yes
summary-child-no = Possibly a child: no
summary-child-unknown = Possibly a child: age not known
summary-language = Language the person needs: { $language }
summary-copy = Copy the summary
summary-copied = Summary copied.
summary-copy-failed = Copying is not possible here. Select the text and copy it by hand.
summary-print = Print
