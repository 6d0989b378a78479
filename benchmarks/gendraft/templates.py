"""Sentence templates for the review prose, written for this benchmark in the register of case reviews.

Slots (resolved by ``compose``): {C} a child, {C2} another child, {M} the mother, {F} the father or
mother's partner, {YP} a young person who harmed, {G} a grandparent, {SW} social worker, {HV} health
visitor, {GPD} GP, {T} teacher or safeguarding lead, {PO} police officer, {PAED} paediatrician,
{IRO}, {PA} personal adviser, {MW} midwife; {SCHOOL}, {GPP}, {HOSP}, {HOME}, {NURSERY}, {HOUSING},
{OTHERLA}, {OTHERFORCE}, {METFORCE} (the Metropolitan Police Service: kept where it is the area's
force, else another area's force), {TOWN} (a town outside the area), {ADDR} (an address), {ABROAD} (a city
abroad); {ON_DATE}/{on_date} ("On 12 March 2016" / "in March 2016"), {AGE:C}, {DOB:C},
{ID_<format>:<owner>} (an identifier of a person or of the case), {PHONE:M}, {INTLPHONE:M},
{EMAIL:M}, {WORKEMAIL:SW}, {SOCIAL:C}, {FORCE} (the area's force, kept), {AGENCY} (an agency
type, kept), {LAW} (legislation, kept), {LP} (a numbered learning point, kept).
"""

from __future__ import annotations

EVENTS = [
    "{ON_DATE}, {M} took {C} to {GPP}, where {GPD} noted bruising to the upper arm and made a referral to "
    "Children's Social Care.",
    "{ON_DATE}, {HV} completed a new birth visit at {ADDR}; {M} presented as tired but engaged well.",
    "{ON_DATE}, {C} was admitted to {HOSP} with a head injury. {PAED} was not satisfied with the explanation "
    "given and a strategy discussion was convened.",
    "{ON_DATE}, {T} at {SCHOOL} noticed that {C} was hungry and unkempt and recorded the concern on the "
    "school's safeguarding system.",
    "{ON_DATE}, {FORCE} attended {ADDR} following a report of a domestic argument between {M} and {F}.",
    "{SW} visited the family home {on_date}. {C} was seen alone and said that things at home were \"fine\".",
    "{ON_DATE}, {C} was reported missing from {HOME} and was found the following morning in {TOWN}.",
    "{ON_DATE}, a strategy discussion was held between {FORCE}, health and Children's Social Care, chaired "
    "by {SW}'s team manager.",
    "{M} missed three consecutive appointments at {GPP} {on_date}, and the practice did not follow this up.",
    "{ON_DATE}, {F} was arrested on suspicion of assault (crime reference {ID_athena:case}) and released "
    "on bail with conditions not to contact {M}.",
    "{ON_DATE}, {C} disclosed to {T} that {F} had hit {C2} with a belt.",
    "{HV} made a referral to Early Help {on_date} after {M} disclosed low mood following the birth of {C2}.",
    "{ON_DATE}, the family moved to {TOWN} without informing {SCHOOL} or {GPP}.",
    "{ON_DATE}, {OTHERLA} notified the local authority that {M} and the children had presented as homeless.",
    "{ON_DATE}, {C} attended the emergency department at {HOSP} having taken an overdose of paracetamol.",
    "{IRO} chaired a looked after review {on_date}; {C} did not attend but had completed a consultation form.",
    "{ON_DATE}, {PO} of {FORCE} completed a DASH risk assessment, which was graded as standard risk.",
    "{ON_DATE}, {C} was seen by {PAED} at {HOSP} for a child protection medical; the findings were "
    "consistent with non-accidental injury.",
    "{ON_DATE}, {YP} was cautioned for possession of cannabis, and {SW} was informed by {FORCE} the same week.",
    "{ON_DATE}, {C} was excluded from {SCHOOL} for five days following an assault on a member of staff.",
    "{ON_DATE}, {MW} saw {M} at the booking appointment and recorded that {M} had a history of depression.",
    "{PA} tried to contact {YP} {on_date} but received no reply, and the case was closed to the leaving care "
    "team shortly afterwards.",
    "{ON_DATE}, {G} telephoned the Multi-Agency Safeguarding Hub to report that {C} had been left alone "
    "overnight.",
    "{ON_DATE}, {M} was seen by {GPD} and prescribed sertraline; there was no enquiry about the children.",
    "{ON_DATE}, a child protection conference decided that {C} and {C2} should be subject to child protection "
    "plans under the category of neglect.",
    "{ON_DATE}, care proceedings were issued ({ID_family_court:case}) and {C} was placed with foster carers.",
    "{ON_DATE}, {C} was found by {PO} in a car with two adult men in {TOWN}; the car's registration was "
    "{VRM}.",
    "{ON_DATE}, {OTHERFORCE} shared intelligence that {YP} was associating with adults involved in drug supply.",
    "{ON_DATE}, {C} was placed at {HOME}, some 40 miles from {SCHOOL}.",
    "{ON_DATE}, {HOUSING} served notice on the family because of rent arrears.",
    "{ON_DATE}, {C} started at {NURSERY}; staff noted that {C} had very little speech for a child of this age.",
    "{ON_DATE}, {SW} completed a single assessment which concluded that the family's needs could be met "
    "through a child in need plan.",
    "{ON_DATE}, {M} told {HV} that {F} was no longer living at the family home, which later proved to be "
    "untrue.",
    "{ON_DATE}, {C} was taken to {HOSP} by ambulance after {M} found {C} unresponsive.",
    "{ON_DATE}, {F} was remanded in custody (custody record {ID_custody:case}) after breaching a non-"
    "molestation order.",
    "{ON_DATE}, {C} was reported missing for the fourth time in a month (MFH ref {ID_mfh:case}).",
    "{ON_DATE}, {T} made a referral to the Multi-Agency Safeguarding Hub after {C} arrived at school with a "
    "burn to the hand.",
    "{ON_DATE}, the {METFORCE} recorded an allegation made by {C} (CRIS {ID_cris:case}).",
    "{ON_DATE}, {SW} and {PO} undertook a joint visit to {ADDR} under section 47 of the Children Act 1989.",
    "{ON_DATE}, {M} rang {SW} from a mobile number ({PHONE:M}) to say that she had left {F} and was staying "
    "with {G}.",
    "{ON_DATE}, {YP} appeared at the youth court and was made subject to a referral order.",
    "{ON_DATE}, the STORM incident log ({ID_storm:case}) recorded a call from a neighbour about a child "
    "screaming.",
    "{ON_DATE}, {C} told {SW} that {YP} had been sending messages through a social media account ({SOCIAL:YP}).",
    "{ON_DATE}, the school nurse saw {C} at {SCHOOL}, and {C}'s weight had fallen below the second centile.",
    "{ON_DATE}, a Team Around the Family meeting was held at {SCHOOL}; neither {M} nor {F} attended.",
]

# Sentences that plant an identifier with (or without) its label, about a person or the case.
ID_SENTENCES = [
    "{C}'s NHS number ({ID_nhs:C}) was recorded against the wrong child on the referral form.",
    "The referral gave {C}'s NHS number as {ID_nhs:C}.",
    "{M}'s NHS number is {ID_nhs:M}.",
    "Her driving licence number is {ID_dvla:M}.",
    "{F}'s driving licence ({ID_dvla:F}) had been revoked in the previous year.",
    "{M} gave her National Insurance number as {ID_nino:M} when she applied for housing.",
    "His National Insurance number, {ID_nino:F}, was used to trace his employment history.",
    "{C}'s unique pupil number ({ID_upn:C}) was not transferred with the school records.",
    "The school census shows UPN {ID_upn_bad:C} for {C}.",
    "{F}'s passport number is {ID_passport:F}.",
    "{M} produced a passport ({ID_passport:M}) issued in {ABROAD}.",
    "HMRC confirmed that {F} had a Unique Taxpayer Reference ({ID_utr:F}) as a self-employed builder.",
    "HMRC held a temporary reference number (TRN {ID_trn:M}) for {M}.",
    "{F}'s PNC ID is {ID_pnc:F}.",
    "The police national computer (PNC ID {ID_pnc:YP}) showed previous convictions for {YP}.",
    "{F} was supervised by the Probation Service (CRN {ID_crn_probation:F}).",
    "{F} was released from prison (prison number {ID_prison:F}) shortly before the incident.",
    "The case-record ID for {C} is {ID_case:C}.",
    "{C}'s Mosaic ID {ID_case:C} was created when the first contact was recorded.",
    "{C} was known to the hospital under hospital number {ID_hospital:C}.",
    "{M}'s CHI number ({ID_chi:M}) was obtained from the health board when the family moved from Scotland.",
    "The family had lived in Northern Ireland, where {C}'s H&C number was {ID_hc:C}.",
    "The Niche occurrence number for the allegation is {ID_niche:case}.",
    "The crime was recorded under reference {ID_gmp:case}.",
    "The incident was logged on CAD as {ID_storm:case}.",
    "A county court possession claim (claim no. {ID_county_court:case}) had been issued against {M}.",
    "{F} appeared at the magistrates' court (URN {ID_magistrates:case}).",
    "{F} was sentenced at the Crown Court (case number {ID_crown:case}) to four years' imprisonment.",
    "The housing application reference is {ID_housing:case}.",
    "{M} could be contacted on {PHONE:M} or by e-mail at {EMAIL:M}.",
    "{F}'s mobile number was {INTLPHONE:F}, a number registered abroad.",
    "Relatives in {ABROAD} could be reached on {INTLPHONE:G}.",
    "{C} used an Instagram account ({SOCIAL:C}) to contact older young people.",
    "{M}'s date of birth is recorded as {DOB:M}.",
    "{C} was born on {DOB:C}.",
    "The records for {C} ({ID_nhs:C}, {DOB:C}) were merged in error with those of another child.",
    "{M} was contacted on {PHONE:M} and agreed to a visit.",
    "{F} gave his details as {DOB:F}, {ADDR}.",
    "{F} (born {DOB:F}) was not known to Children's Social Care before this review.",
]

ANALYSIS = [
    "Professionals did not always recognise the cumulative impact of neglect on the children.",
    "There was a tendency to accept the parents' account at face value rather than to test it against "
    "what had been seen.",
    "Information held by one agency was not always shared with others at the point when it was most needed.",
    "The voice of the child is largely absent from the records of this period.",
    "Supervision focused on tasks and timescales rather than on reflection about the risks to the children.",
    "Practitioners described high caseloads and frequent changes of worker during the period under review.",
    "The review found examples of persistent and thoughtful practice, in particular by the school.",
    "The threshold for a strategy discussion was met on at least two occasions before the one that was held.",
    "Fathers and male carers were largely invisible to the agencies working with the family.",
    "The family's cultural background and first language were not considered in the assessments.",
    "Escalation procedures were known to practitioners but were not used.",
    "Health records did not link the children with the adults in the household.",
    "The effect of domestic abuse on the children was under-estimated.",
    "There is no evidence that the child protection plan was reviewed against its stated outcomes.",
    "A history-based approach would have shown a pattern that single episodes did not.",
    "Agencies worked hard to engage the family, but the engagement was often superficial.",
    "Professional optimism led to cases being closed before change had been sustained.",
    "Practitioners told the review that they felt unable to challenge decisions made at a more senior level.",
    "The quality of referrals varied, and some did not make clear what the referrer was worried about.",
    "The recording of ethnicity, religion and language was incomplete across all agencies.",
    "Missed health appointments were not seen as a possible indicator of neglect.",
    "Transitions between services were points of particular risk for the young person.",
    "There was no shared understanding of the risks posed by adults outside the family home.",
    "The impact of poverty and poor housing on the family was acknowledged but not addressed.",
    "Assessments did not consider the history of the adults who came into the household.",
    "The review recognises the pressure under which frontline practitioners were working during this period.",
]

GENERIC = [
    "This section sets out the learning that emerged from the review.",
    "The review panel considered the information provided by each agency and the views of practitioners.",
    "The findings are set out below, with the evidence for each.",
    "Each agency has completed an action plan in response to its own findings.",
    "The panel is grateful to the practitioners who contributed to the review.",
    "The review did not seek to apportion blame but to understand why things happened as they did.",
    "The terms of reference were agreed by the panel at its first meeting.",
    "The purpose of the review is to identify improvements that are needed and to consolidate good practice.",
    "The review used a systems methodology, looking at the context in which practitioners made decisions.",
    "A practitioner event was held at which those involved were able to reflect on their practice.",
    "Agencies provided chronologies and analytical reports, which were scrutinised by the panel.",
    "The family were invited to contribute to the review.",
]

LEARNING_POINTS = [
    "Practitioners need to consider the lived experience of each child in a family, not the family as a "
    "whole.",
    "Where a parent's account is inconsistent with the injury, a strategy discussion must be considered.",
    "Repeated missing episodes are a signal of risk that requires a multi-agency response.",
    "Information about adults joining a household must be sought and shared.",
    "Non-attendance at health appointments should prompt professional curiosity, not closure.",
    "Professional challenge and escalation should be routine and supported by managers.",
    "Assessments must take account of the history, not only the presenting incident.",
    "The needs of young carers should be assessed in their own right.",
]

RECOMMENDATIONS = [
    "The Partnership should seek assurance that the escalation policy is understood and used by frontline staff.",
    "Health partners should review how missed appointments for children are followed up.",
    "Children's Social Care should ensure that assessments consider all adults in the household.",
    "The Partnership should commission multi-agency training on recognising neglect.",
    "Schools should be reminded of the importance of recording and sharing low-level concerns.",
    "The police should ensure that children present at domestic abuse incidents are always notified to "
    "Children's Social Care.",
    "The Partnership should audit the quality of strategy discussions within six months.",
    "Agencies should ensure that interpreters are used for all assessments where English is not the "
    "family's first language.",
]

# Headings and common nouns that reviews use and that identify no one.
THEMES = ("Bereavement", "Permanency", "Teachers", "Collated Learning Points", "Housing", "Chambers", "Neglect",
          "Thresholds", "Transitions", "Supervision", "Escalation", "Professional Curiosity", "Good Practice",
          "Information Sharing", "Fathers and Male Carers", "Culture and Identity", "Missing Episodes",
          "Exploitation", "Disguised Compliance", "Early Help", "Drift and Delay", "Adolescence")
AGENCY_TYPES = ("Children's Social Care", "CAMHS", "Ofsted", "the NSPCC", "the Police", "Early Help",
                "the Multi-Agency Safeguarding Hub", "the Youth Offending Service", "the Health Visiting Service",
                "Adult Social Care", "the Probation Service", "the Crown Prosecution Service", "Cafcass",
                "the Designated Nurse", "the school nursing service", "Public Health", "the ambulance service",
                "the Local Authority Designated Officer", "the Independent Reviewing Service", "the Virtual School")
LAWS = ("section 47 of the Children Act 1989", "section 17 of the Children Act 1989", "the Children Act 2004",
        "Working Together to Safeguard Children 2018", "the Children and Social Work Act 2017",
        "section 11 of the Children Act 2004", "Regulation 5", "the Care Act 2014", "the Mental Capacity Act 2005",
        "the Education Act 2002", "section 175 of the Education Act 2002", "the Domestic Abuse Act 2021",
        "the Crime and Disorder Act 1998", "Children Act 1989 s.47", "Children Act 1989 s.31",
        "the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018")
WEBSITES = ("www.gov.uk", "nspcc.org.uk", "learning.nspcc.org.uk", "www.legislation.gov.uk",
            "www.gov.uk/government/publications/working-together-to-safeguard-children--2",
            "www.ofsted.gov.uk", "www.scie.org.uk", "www.rip.org.uk", "www.researchinpractice.org.uk")
# Authors of research in this field, and of national reports, cited by reviews (public: kept).
CITED = (("Brandon", "M"), ("Sidebotham", "P"), ("Munro", "E"), ("Ferguson", "H"), ("Laming", "H"),
         ("Reder", "P"), ("Duncan", "S"), ("Turney", "D"), ("Platt", "D"), ("Horwath", "J"), ("Daniel", "B"),
         ("Taylor", "J"), ("Morris", "K"), ("Featherstone", "B"), ("Firmin", "C"), ("Beckett", "H"),
         ("Hester", "M"), ("Stanley", "N"), ("Cossar", "J"), ("Ward", "H"), ("Dickens", "J"), ("Bywaters", "P"),
         ("Radford", "L"), ("Cleaver", "H"), ("Howe", "D"), ("Biehal", "N"), ("Rees", "G"), ("Hood", "R"),
         ("Gibson", "M"), ("Webb", "C"))
TITLES = ("Learning from serious case reviews", "Neglect and child protection", "Pathways to harm, pathways "
          "to protection", "Working with resistant families", "Contextual safeguarding", "Child sexual "
          "exploitation: a review of the evidence", "Hidden men in child protection", "Child protection and "
          "the voice of the child", "Complexity and challenge: a triennial analysis", "Understanding "
          "professional curiosity")
PUBLISHERS = ("London: Department for Education", "Bristol: Policy Press", "London: NSPCC",
              "London: Jessica Kingsley", "Dartington: Research in Practice", "London: Child Safeguarding "
              "Practice Review Panel", "Oxford: Wiley-Blackwell", "Basingstoke: Palgrave Macmillan")
