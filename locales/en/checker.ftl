# Indicator checker: set-up, questions, answers and results.
# Questions marked "-ask" are read by the person, often frightened and in a
# second language: short, plain, never leading, never blaming.

check-title = Check indicators
check-intro = A short set of questions about signs of human trafficking. Ask the person alone, away from any companion. Nothing is saved or sent: the answers stay on this phone until you clear them.
check-screening-not-identification = This is a screening, not an identification. Only the police or the Border Guard can formally identify a victim.
check-person-language = The person's language
check-same-language = Same as mine
check-path-label = How many questions
check-path-short = Short: the most telling signs (about 2 minutes)
check-path-full = Full: every sign
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
check-clear = Clear all answers
check-cleared = All answers cleared.
check-review = Change answers
check-restart = Start again

check-group-triage = Safety first
check-group-age = Age

# Safety questions come first; any "yes" puts "Call 112 now" at the top.
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
result-immediate_danger = Immediate danger
result-immediate_danger-text = Make sure everyone is safe first. Call 112, then contact KCIK.
result-strong_signs = Strong signs of trafficking
result-strong_signs-text = The answers show recruitment, exploitation and coercion together. Refer the person: call KCIK or La Strada, or the police if they agree or are in danger.
result-some_signs = Some signs – get advice
result-some_signs-text = Some signs of trafficking were found. Ask KCIK for advice on what to do next; they also help people who do not want to go to the police.
result-labour_rights = A labour-rights problem rather than trafficking
result-labour_rights-text = Poor pay or conditions were found, but no signs of force, threats or being unable to leave. Point the person to the National Labour Inspectorate (PIP). If anything changes, check again.
result-no_signs = No signs found so far
result-no_signs-text = The answers so far show no signs of trafficking. If you are still worried, ask more questions or ask KCIK for advice.
result-child = The person may be a child. A child is a victim of trafficking whenever they are recruited or moved for exploitation, even without force or deceit. Always refer a child.
result-signs-found = Signs found
result-signs-unclear = Not sure – worth checking
result-not-asked = Not asked yet
result-not-asked-none = Every area was asked about.
result-dimension-positive = This area meets the indicator threshold.
result-whom-to-call = Whom to call
result-pip = National Labour Inspectorate (PIP): for pay, contracts, hours and safety at work.
result-answered = { $count ->
    [one] One answer given.
   *[other] { $count } answers given.
}

ind-job_different_nature-sign = Work is of a different kind than promised
ind-job_different_nature-ask = Is your work a different kind of work from what you were promised?

ind-place_or_employer_different-sign = Place or employer is not what was promised
ind-place_or_employer_different-ask = Did you end up in a different place, or with a different boss, than promised?

ind-conditions_deceived-sign = Pay, hours or conditions worse than promised
ind-conditions_deceived-ask = Are your pay, hours or conditions worse than you were told?

ind-travel_deceived-sign = The journey was not as they were told
ind-travel_deceived-ask = Was the journey here different from what you were told?

ind-housing_deceived-sign = Housing is not what was promised
ind-housing_deceived-ask = Is the place where you live worse than you were promised?

ind-documents_status_deceived-sign = Misled about papers or the right to stay or work
ind-documents_status_deceived-ask = Were you told wrong things about your papers or your right to work here?

ind-marriage_promise-sign = Came after a promise of marriage or adoption
ind-marriage_promise-ask = Did you come because someone promised to marry you or adopt you?

ind-education_deceived-sign = Promised school or training that never came
ind-education_deceived-ask = Were you promised school or training that you did not get?

ind-agency_fee_paid-sign = Paid an agency for the job or transport
ind-agency_fee_paid-ask = Did you pay an agency or a person to get this job or your trip?

ind-offer_too_good-sign = Travel, housing or job offer too good to be true
ind-offer_too_good-ask = Has someone offered you travel, housing or work that seems too good to be true?

ind-unregistered_helper-sign = Help offered by someone with no organisation badge
ind-unregistered_helper-observe = Is someone offering them a ride, housing or work without a registered organisation's badge?

ind-recruit_violence-sign = Force or violence used to bring them here
ind-recruit_violence-ask = Did anyone use force or hurt you to make you come here?

ind-recruit_threats-sign = Threatened to make them come
ind-recruit_threats-ask = Did anyone threaten you or your family to make you come here?

ind-taken_or_sold-sign = Taken against their will, sold or forced to marry
ind-taken_or_sold-ask = Were you taken against your will, sold, or forced to marry?

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

ind-emotional_dependency-sign = A partner or loved one arranged the trip or work
ind-emotional_dependency-ask = Did a partner or someone you love arrange this trip or work for you?

ind-fear_authorities-sign = Afraid of the police or other officials
ind-fear_authorities-ask = Are you afraid to go to the police or other officials for help?

ind-child_with_non_relatives-sign = Child travelling alone or with adults who are not family
ind-child_with_non_relatives-observe = Is the child travelling alone, or with adults who are not their family?

ind-excessive_hours-sign = Works very long hours or with no days off
ind-excessive_hours-ask = Do you work very long days, with few or no days off?

ind-low_or_no_pay-sign = Paid very little or nothing
ind-low_or_no_pay-ask = Are you paid very little, or nothing, for your work?

ind-returned_no_money-sign = Came back from work abroad unpaid or only part-paid
ind-returned_no_money-ask = Did you come back from work abroad without your pay, or only part of it?

ind-no_contract-sign = No written contract, or labour rules ignored
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

ind-forced_to_lie-sign = Told to lie to officials or family
ind-forced_to_lie-ask = Were you told to lie to the police, officials or your family?

ind-threats_destination-sign = Threatened with harm or with being reported
ind-threats_destination-ask = Has anyone threatened to hurt you or your family, or to report you to police?

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

ind-unknown_address-sign = Does not know their home or work address
ind-unknown_address-observe = Do they seem not to know the address where they live or work?

ind-legal_status_dependent-sign = Fears losing the right to stay if they quit
ind-legal_status_dependent-ask = Are you afraid of losing your right to stay here if you leave this job?

ind-no_own_documents-sign = Has no identity document, or only a copy
ind-no_own_documents-ask = Do you have only a copy of your passport or ID, or none at all?

ind-child_no_guardian-sign = Child with no way to reach a parent or guardian
ind-child_no_guardian-observe = Is the child without any way to reach a parent or guardian?
