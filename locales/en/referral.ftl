# After a screening: next steps (content brief §4) and the anonymous
# summary for a referral call. The summary never holds a name.

result-next-steps = Next steps
step-privacy = Talk with the person alone, away from any companion, employer or "translator". Never use a companion as an interpreter.
step-consent = An adult chooses which help to accept, unless a life is at risk. Tell them who you are, what you will do next and why.
step-child = A child is always referred, whatever happens next.
step-no-confront = Do not confront anyone you suspect, do not photograph the person and write down no names.
summary-title = Anonymous summary for a referral call
summary-intro = Read it aloud or paste it when you call. It holds no names or details that identify the person.
summary-outcome = Screening result: { $outcome }
summary-signs = Signs observed: { $signs }
summary-signs-none = Signs observed: none
summary-risks = High-risk situation: { $risks }
summary-areas = Areas meeting the ILO/EC threshold: { $areas }
summary-areas-none = Areas meeting the ILO/EC threshold: none
summary-child-yes = Possibly a child: yes
summary-child-no = Possibly a child: no
summary-child-unknown = Possibly a child: age not known
summary-language = Language the person needs: { $language }
summary-copy = Copy the summary
summary-copied = Summary copied.
summary-copy-failed = Copying is not possible here. Select the text and copy it by hand.
summary-print = Print
