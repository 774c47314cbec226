# Indicator checker: set-up, questions, answers and results.
# Questions marked "-ask" are read by the person, often frightened and in a
# second language: short, plain, never leading, never blaming.

check-title = Check for signs
check-intro = A short set of questions about signs of human trafficking. Ask the person alone, away from any companion. Nothing is sent anywhere. The answers are kept only in this browser tab, so a call or a reload does not lose them: they are gone when you clear them, when the tab is closed, or after 4 hours.
check-screening-not-identification = This is a screening, not an identification. Only the police or the Border Guard can formally identify a victim.
check-person-language = The person's language
check-same-language = Same as mine
check-path-label = How many questions
check-path-short = Short: the most telling signs ({ $count } questions, about { $minutes } minutes)
check-path-full = Full: every sign ({ $count } questions, about { $minutes } minutes)
check-role-label = Your role
check-situation-label = Where the person is now
check-situation-hint = This decides which questions come, so that each one makes sense to the person.
check-situation-on-the-way = On the way here, or looking for work
check-situation-at-work = Working, or back from work
check-situation-unknown = Not known: the person is asked
situation-working-ask = Since you left home, have you already worked for someone?
check-role-health = Health worker
check-role-police = Police or Border Guard officer
check-role-volunteer = Volunteer at a reception point
check-role-inspector = Labour inspector or social worker
check-role-other = Other
check-start = Start
check-progress = Question { $current } of { $total }
check-for-person = For the person
check-for-worker = For you to note
check-answer-yes = Yes
check-answer-no = No
check-answer-not-sure = Not sure
check-answer-prefer-not = Prefer not to say
check-back = Back
check-skip = Skip
check-finish-now = Finish now
check-quick-handover = Very little time? Hand over the numbers
check-clear = Clear all answers
check-cleared = All answers cleared.
check-undo = Undo
check-review = Change answers
check-restart = Start again

check-group-alone = Before you start
alone-observe = Is the person alone with you, away from any companion, employer or “translator”?
alone-how-health = If not: say that every patient is examined alone, and ask anyone with them to wait outside. Use a professional interpreter or the person's own language, never the companion.
alone-how-police = If not: separate the person from other detainees and from suspects before you ask anything.
alone-how-volunteer = If not: find a quiet place away from anyone who came with them. Do not confront the companion; if they will not leave, use the quick handover instead.
alone-how-inspector = If not: ask to speak with each worker alone, away from the employer, a supervisor or anyone who translates for them.
alone-how-other = If not: find a reason to talk alone, away from any companion. Never use a companion as an interpreter.
check-group-triage = Safety first
check-group-age = Age

# High-risk situations (hotline standards, seeds/003) come first; any "yes"
# puts "Call 112 now" at the top.
triage-psychiatric_crisis-sign = In a severe mental health crisis
triage-psychiatric_crisis-observe = Does the person seem to be in a severe mental health crisis: very confused, not in touch with what is real, or very agitated?
triage-little_time-sign = Very little time to talk safely
triage-little_time-ask = Do you have only a few minutes to talk safely?
triage-family_danger-sign = Their family is in danger now
triage-family_danger-ask = Is someone in your family in danger right now because of this?
triage-escaped_searched-sign = Has escaped and may be searched for
triage-escaped_searched-ask = Have you run away from people who may be looking for you?
triage-self_harm-sign = Thinking of suicide or self-harm
triage-self_harm-ask = Are you thinking of ending your life or hurting yourself?
triage-threatened_now-sign = Someone is threatened or hurt right now
triage-threatened_now-ask = Is someone threatening you or hurting you right now?
triage-cannot_leave_now-sign = Someone is stopping them from leaving now
triage-cannot_leave_now-ask = Is someone stopping you from leaving this place right now?
triage-injured-sign = Injured or ill and needs a doctor now
triage-injured-ask = Are you hurt or ill and need a doctor right now?
triage-child_alone-sign = A child with no parent or guardian here
triage-child_alone-observe = Is this a child with no parent or guardian here?
age-under_18-sign = May be under 18
age-under_18-observe = Could the person be under 18? If you are not sure, answer "Not sure".

domain-recruitment = Recruitment and travel
domain-identity = Identity and documents
domain-housing = Housing and movement
domain-work = Work and pay
domain-money = Money and debt
domain-health = Health
domain-control = Control and threats

dimension-deceptive_recruitment = Deceived when recruited
dimension-coercive_recruitment = Forced or threatened when recruited
dimension-vulnerability_recruitment = Vulnerability used when recruited
dimension-exploitative_conditions = Exploitative work or living conditions
dimension-coercion_destination = Coercion at work or where they live
dimension-vulnerability_destination = Dependence on the people they work for

result-title = Result
result-call-112 = Call 112 now. Someone may be in immediate danger.
result-immediate_danger = High risk: safety first
result-immediate_danger-text = Call 112 now. Then follow the safety plan below.
result-strong_signs = Strong signs of trafficking
result-strong_signs-text = The answers meet the ILO/EC rule for an adult: recruitment, exploitation, and coercion or abuse of vulnerability, together. Refer the person.
result-strong_signs-child-text = The answers show recruitment or moving of a child (the act) and exploitation. For a child no force, threat or deceit is needed. Refer the child.
result-some_signs = Some signs – get advice
result-some_signs-text = Some signs of trafficking were found. Ask KCIK for advice on what to do next.
result-control_unknown = Poor conditions – control not known yet
result-control_unknown-text = Poor pay or conditions were found, but it is not known whether the person is free to leave: some questions about control were not asked, skipped or answered “not sure”. Ask them (listed below), or ask KCIK for advice.
result-control-open = Still to ask about control
result-labour_rights = A labour-rights problem rather than trafficking
result-labour_rights-text = Poor pay or conditions were found, and the person answered “no” to every question about control: someone else keeping their documents, a debt, threats, being locked in, anything stopping them from leaving, and depending on the employer for housing or papers. Point the person to the National Labour Inspectorate (PIP). If anything changes, check again.
result-no_signs = No signs found so far
result-no_signs-text = The answers so far show no signs of trafficking. If you are still worried, ask more questions or ask KCIK for advice.
result-child = The person may be a child. A child is a victim of trafficking whenever they are recruited, moved, handed over, harboured or received for exploitation, even without force or deceit (Criminal Code art. 115 §22). Always refer a child.
result-not-alone = The person was not alone with you: their answers may not be free. If you can, ask again when they are alone.
result-age-unknown = Age not known: the adult rule was used. If the person may be under 18, treat them as a child.
result-risks = High-risk situation
risk-danger = Someone is threatened, held or hurt now: call 112.
risk-child_alone = A child with no parent or guardian here: call 112, and stay with the child until the police come.
risk-self_harm = Risk of suicide or self-harm: call 112 now, then the 24-hour crisis line 116 123.
risk-escaped = The person has escaped and may be searched for: call 112.
risk-family_danger = Their family may be in danger now: call 112 and tell the operator.
risk-little_time = Very little time: hand over the numbers and agree how to reach them again.
risk-psychiatric_crisis = A severe mental health crisis: call 112 for medical help, then the crisis line 116 123.
plan-title = Safety plan
plan-intro = Agree it with the person, in words. Write nothing down in this app.
plan-where = Where to go now: a safe place you agree on together, not back where the danger is. The police (112), La Strada's 24-hour line or KCIK can help find one.
plan-whom = Whom to call: 112 in danger. La Strada's 24-hour line +48 605 687 750 for help at any hour; KCIK on weekdays.
plan-reach = How to reach them again: agree a safe way and time, for example a number only they use or a place you both know.
result-next-step = Your next step
next-police = Follow your own procedure: separate the person from other detainees and from suspects, and notify the officer responsible, if possible one trained in trafficking cases. Call the police trafficking number. Call 112 only for an ambulance or backup.
next-health = The person stays in your care: examine and talk with them alone. Then ask KCIK or La Strada's 24-hour line for advice.
next-volunteer = Do not investigate or confront anyone. Tell the police on duty at the reception point. For advice, call La Strada's 24-hour line or KCIK.
next-inspector = Ask KCIK for a consultation on a possible victim, and tell the police about a crime. Pay and conditions stay a matter for PIP.
next-control = Ask the questions about control that are still open, or ask KCIK for advice.
next-other = Ask KCIK for advice on what to do next, or La Strada's 24-hour line at any hour.
next-child = A child: call the police (112) and stay with the child until they come. Then tell KCIK.
next-danger = Call 112 now.
next-off-hours = KCIK's consultants work on weekdays: at this hour, La Strada's 24-hour line comes first.
next-also = Another line to call
result-duty-title = Reporting
result-duty-law = The law: anyone with credible knowledge of human trafficking must notify the police or a prosecutor (Criminal Code art. 240 §1).
result-duty-kcik = If you are not sure whether what you know is credible, ask KCIK first. They advise professionals, and they support victims, including those who do not want to contact the police.
result-duty-child = For a child there is no consent step: always refer, to the police and to KCIK.
result-provisional = The strength of each sign follows a transcription of the ILO/EC indicators (2009): treat the grades as provisional. Several questions can point to the same ILO indicator; it counts once.
result-uncounted = Other signs noticed (shown, not counted in the ILO rule)
result-signs-found = Signs found
result-signs-unclear = Not sure – worth checking
result-not-asked = Not asked yet
result-not-asked-none = Every area was asked about.
result-dimension-positive = Enough signs in this area to meet the ILO threshold.
result-whom-to-call = Whom to call
result-pip = National Labour Inspectorate (PIP): for pay, contracts, hours and safety at work.
result-answered = { $count ->
    [one] One answer given.
   *[other] { $count } answers given.
}

ind-job_different_nature-sign = Work is of a different kind than they were told
ind-job_different_nature-ask = Is your work a different kind of work from what you were told?

ind-place_or_employer_different-sign = Place or employer is not what they were told
ind-place_or_employer_different-ask = Did you end up in a different place, or with a different boss, than you were told?

ind-conditions_deceived-sign = Hours or working conditions worse than they were told
ind-conditions_deceived-ask = Are your working hours or conditions worse than you were told?

ind-contract_deceived-sign = Contract different from what they were told
ind-contract_deceived-ask = Is your work contract different from what you were told, or did you get none?

ind-wages_deceived-sign = Paid less than they were told
ind-wages_deceived-ask = Is your pay lower than you were told it would be?

ind-travel_deceived-sign = The journey was not as they were told
ind-travel_deceived-ask = Was the journey here different from what you were told?

ind-housing_deceived-sign = Housing is not what was promised
ind-housing_deceived-ask = Is the place where you live worse than you were told?

ind-documents_status_deceived-sign = Misled about papers or the right to stay or work
ind-documents_status_deceived-ask = Were you told wrong things about your papers or your right to work here?

ind-marriage_promise-sign = Came after a promise of marriage or adoption
ind-marriage_promise-ask = Did you come because someone promised to marry you or adopt you?

ind-education_deceived-sign = Told of school or training that never came
ind-education_deceived-ask = Were you told you would go to school or get training, and then did not?

ind-agency_fee_paid-sign = Paid an agency for the job or transport
ind-agency_fee_paid-ask = Did you pay an agency or a person to get this job or your trip?

ind-offer_too_good-sign = Travel, housing or job offer too good to be true
ind-offer_too_good-ask = Has someone offered you travel, housing or work that seems too good to be true?

ind-unregistered_helper-sign = Help offered by someone with no organisation badge
ind-unregistered_helper-observe = Is someone offering them a ride, housing or work without a registered organisation's badge?

ind-recruit_violence-sign = Force or violence used to bring them here
ind-recruit_violence-ask = Did anyone use force or hurt you to make you come here?

ind-recruit_threats-sign = Threatened with harm to make them come
ind-recruit_threats-ask = Did anyone threaten to hurt you or your family to make you come here?

ind-recruit_threat_report-sign = Threatened with being reported to the authorities, to make them come
ind-recruit_threat_report-ask = Did anyone threaten to report you to the police or other officials, to make you come here?

ind-recruit_threat_tell-sign = Threatened that family or others would be told things about them, to make them come
ind-recruit_threat_tell-ask = Did anyone threaten to tell your family or other people things about you, to make you come here?

ind-recruit_family_harmed-sign = Someone in their family was hurt to make them come
ind-recruit_family_harmed-ask = Did anyone hurt someone in your family to make you come here?

ind-recruit_abducted-sign = Taken or held against their will
ind-recruit_abducted-ask = Were you taken somewhere, or held, against your will?

ind-recruit_forced_marriage-sign = Made to marry
ind-recruit_forced_marriage-ask = Were you made to marry someone?

ind-recruit_sold-sign = Sold, or someone was paid for them
ind-recruit_sold-ask = Were you sold, or did someone get money for you?

ind-recruit_debt-sign = Had to take on a debt for the trip or the job
ind-recruit_debt-ask = Before you started, did you have to take on a debt for the trip or the job?

ind-recruit_isolated-sign = Locked up, watched or kept from others on the way
ind-recruit_isolated-ask = On the way here, were you locked up, watched all the time, or kept from talking to other people?

ind-recruit_money_kept-sign = Money kept by the people who brought them
ind-recruit_money_kept-ask = Did the people who brought you here keep your money?

ind-passports_collected-sign = Someone collects passports "to help"
ind-passports_collected-ask = Has someone asked to take your passport or ID card, saying it will help you?

ind-pressure_to_leave_now-sign = Pressed to leave with someone straight away
ind-pressure_to_leave_now-ask = Is someone pushing you to leave with them right now?

ind-economic_need-sign = Took the job or trip because they badly needed money
ind-economic_need-ask = Did you take this job or trip because you badly needed money?

ind-family_difficulty-sign = Family problems pushed them to leave home
ind-family_difficulty-ask = Did problems in your family push you to leave home?

ind-no_language_info-sign = Came without the language or knowing where to get help
ind-no_language_info-ask = When you came, was it hard to understand people or to find help?

ind-emotional_dependency-sign = Talked into it by someone they love and depend on (“lover boy”)
ind-emotional_dependency-ask = Did someone you love, and who said they loved you, talk you into this trip or this work?

ind-fear_authorities-sign = Afraid of the police or other officials
ind-fear_authorities-ask = Are you afraid to go to the police or other officials for help?

ind-irregular_status-sign = Came without papers that let them stay or work
ind-irregular_status-ask = When you came, did you lack papers that let you stay or work here?

ind-child_with_non_relatives-sign = Child travelling alone or with adults who are not family
ind-child_with_non_relatives-observe = Is the child travelling alone, or with adults who are not their family?

ind-excessive_hours-sign = Works very long hours or with no days off
ind-excessive_hours-ask = Do you work very long days, with few or no days off?

ind-low_or_no_pay-sign = Paid very little or nothing
ind-low_or_no_pay-ask = Are you paid very little, or nothing, for your work?

ind-returned_no_money-sign = Came back from work abroad unpaid or only part-paid
ind-returned_no_money-ask = Did you come back from work abroad without your pay, or only part of it?

ind-no_contract-sign = No written contract
ind-no_contract-ask = Do you work without a written contract?

ind-no_social_protection-sign = No health insurance or social security through work
ind-no_social_protection-ask = Do you work without health insurance?

ind-bad_housing-sign = Very poor, crowded or unsafe housing
ind-bad_housing-ask = Is the place where you sleep very crowded, dirty or unsafe?

ind-hazardous_work-sign = Dangerous work without proper protection
ind-hazardous_work-ask = Is your work dangerous, without the safety gear you need?

ind-fines_deductions-sign = Heavy "fines" or deductions taken from pay
ind-fines_deductions-ask = Does someone take money from your pay as "fines" or without your agreement?

ind-no_medical_care-sign = Little or no medical care when sick or hurt
ind-no_medical_care-ask = Do you get little or no medical care when you are sick or hurt?

ind-no_basic_needs-sign = Little access to food, toilets or clothes
ind-no_basic_needs-ask = Do you often go without enough food, clothes, or a toilet you can use?

ind-child_adult_work-sign = Child doing adult work
ind-child_adult_work-observe = Is the child doing work that adults usually do?

ind-documents_held-sign = Someone else keeps their passport or ID
ind-documents_held-ask = Does someone else keep your passport or ID card?

ind-debt_bondage-sign = Owes a debt for travel, papers, housing or "protection"
ind-debt_bondage-ask = Do you have to pay off a debt for travel, papers, housing or "protection"?

ind-locked_in-sign = Locked in, or not allowed out alone
ind-locked_in-ask = Are you locked in, or not allowed to go out on your own?

ind-watched-sign = Watched or followed all the time
ind-watched-ask = Are you watched or followed all the time, even outside work?

ind-permission_basic_needs-sign = Needs permission to eat, sleep or use the toilet
ind-permission_basic_needs-ask = Do you need someone's permission to eat, sleep or use the toilet?

ind-family_contact_supervised-sign = Talks to family only while someone listens
ind-family_contact_supervised-ask = Can you only talk to your family when someone else is listening?

ind-violence_destination-sign = Hit or hurt at work or where they live
ind-violence_destination-ask = Has anyone where you work or live hit you or hurt you?

ind-injuries_restraint-sign = Injuries that suggest being tied up or held down
ind-injuries_restraint-observe = Do you see injuries that could come from being tied up or held down?

ind-minder_present-sign = A companion will not leave them alone
ind-minder_present-observe = Does a companion stay close and refuse to leave them alone?

ind-speaks_for_them-sign = Someone else speaks or translates for them
ind-speaks_for_them-observe = Does someone else answer for them, or insist on translating?

ind-wages_withheld-sign = Pay held back or kept by someone else
ind-wages_withheld-ask = Does your boss or someone else hold back or keep your pay?

ind-forced_work-sign = Made to work against their will
ind-forced_work-ask = Are you made to do work you do not want to do?

ind-forced_sex-sign = Made to have sex, including with clients
ind-forced_sex-ask = Does anyone make you have sex when you do not want to?

ind-forced_begging-sign = Made to beg and hand over the money
ind-forced_begging-ask = Are you made to beg and give the money to someone else?

ind-forced_crime-sign = Made to steal or commit other crimes
ind-forced_crime-ask = Are you made to steal or do other things against the law?

ind-ever_forced-sign = On the way or in an earlier job, made to work or do things against their will
ind-ever_forced-ask = On the way here, or in an earlier job, were you ever made to work or do things you did not want to do?

ind-forced_to_lie-sign = Told to lie to officials or family
ind-forced_to_lie-ask = Were you told to lie to the police, officials or your family?

ind-threats_destination-sign = Threatened with harm or with being reported
ind-threats_destination-ask = Has anyone threatened to hurt you or your family, or to report you to police?

ind-afraid_to_leave-sign = Afraid of what would happen if they left
ind-afraid_to_leave-ask = Are you afraid of what would happen to you or your family if you left this work?

ind-threat_deportation-sign = Threatened with deportation or a report to immigration
ind-threat_deportation-ask = Has anyone threatened to report you to immigration or the Border Guard, or to have you sent back?

ind-threats_tell_family-sign = Threatened that their family or others will be told
ind-threats_tell_family-ask = Has anyone threatened to tell your family or others about you?

ind-cannot_leave_job-sign = Cannot stop working and go home
ind-cannot_leave_job-ask = Is anything stopping you from leaving this work and going home?

ind-fearful_submissive-sign = Seems fearful, anxious or submissive
ind-fearful_submissive-observe = Do they seem fearful, anxious or submissive?

ind-child_intimidated-sign = Child seems intimidated or acts unlike their age
ind-child_intimidated-observe = Does the child seem intimidated, or act in a way unusual for their age?

ind-dependent_on_employer-sign = Depends on the employer for a bed, food or papers
ind-dependent_on_employer-ask = Do you depend on your boss for a place to sleep, food or papers?

ind-living_at_work-sign = Lives where they work, or where the boss decides
ind-living_at_work-ask = Do you sleep where you work, or in a place your boss chooses?

ind-unknown_address-sign = Does not know their home or work address
ind-unknown_address-observe = Do they seem not to know the address where they live or work?

ind-legal_status_dependent-sign = Fears losing the right to stay if they quit
ind-legal_status_dependent-ask = Are you afraid of losing your right to stay here if you leave this job?

ind-economic_need_now-sign = Needs the money so badly they cannot say no
ind-economic_need_now-ask = Do you need this money so badly that you cannot say no to the work?

ind-family_depends-sign = Family depends on the money they send
ind-family_depends-ask = Does your family depend on the money you send them?

ind-sex_exchange-sign = Had sex to get a place to stay, food, transport or money
ind-sex_exchange-ask = Have you had to have sex with someone to get a place to stay, food, a ride or money?

ind-no_own_documents-sign = Has no identity document, or only a copy
ind-no_own_documents-ask = Do you have only a copy of your passport or ID, or none at all?

ind-child_no_guardian-sign = Child with no way to reach a parent or guardian
ind-child_no_guardian-observe = Is the child without any way to reach a parent or guardian?

# Very little time to talk (seeds/003): hand over the numbers, agree how to
# reach the person again, and end. Nothing is written down.
handover-title = Very little time: hand over these numbers
handover-intro = Show or say these numbers. Agree in words how and when you can reach the person again. Write nothing down here.
handover-continue = There is more time: back to the questions
handover-end = End and clear the answers

# The person's first screen, before the first question put to them (brief §4).
intro-title = Before the questions
intro-who-health = I am a health worker.
intro-who-police = I am a police or Border Guard officer.
intro-who-volunteer = I am a volunteer helping people who arrive here.
intro-who-inspector = I am a labour inspector or a social worker.
intro-who-other = I work with people who may need help.
intro-why = I would like to ask you some questions, to see whether you need help and what kind.
intro-nothing-kept = This app does not ask for your name and sends nothing anywhere. Your answers stay only on this phone, for a few hours at most.
intro-skip = You can skip any question, or stop at any time.
intro-confidential-police = As an officer, I have a duty to act when I learn about a crime. I cannot promise to keep what you tell me secret.
intro-confidential-other = I will keep what you tell me private where I can. But in Poland anyone who knows about human trafficking must tell the police or a prosecutor, so I cannot promise to keep everything secret.
intro-continue = I understand, continue
