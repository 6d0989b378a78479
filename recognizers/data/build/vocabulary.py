"""Build ``keep_vocabulary.txt``: generic safeguarding vocabulary that never identifies anyone.

Run from the project root::

    .venv/bin/python recognizers/data/build/vocabulary.py

Hand-curated from general knowledge of English child-safeguarding practice and its published national
guidance (Working Together to Safeguard Children, the Children Acts, Ofsted and NHS terminology).
Nothing here is taken from case material. Entries are written as they normally appear; the engine
matches them case-insensitively as whole phrases. National bodies and publications are included
because naming them identifies no child, family or area.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

AGENCIES_AND_TEAMS: Final = """
Children's Social Care; Childrens Social Care; Children’s Social Care; Children's Services;
Childrens Services; Children’s Services; Children and Families Service; Children and Young People's Services;
Family Services; Social Care; Social Services; Adult Social Care; Adults' Services; Early Help;
Early Help Service; Early Help Team; Early Help Hub; Early Intervention; Targeted Youth Support;
Family Support Service; Family Support Team; Troubled Families; Supporting Families; Sure Start;
Sure Start Children's Centre; Children's Centre; Family Hub; MASH; Multi-Agency Safeguarding Hub;
Multi Agency Safeguarding Hub; Front Door; Children's Front Door; Duty and Assessment Team;
Assessment Team; Referral and Assessment Team; First Response Team; Children in Need Team;
Child Protection Team; Safeguarding Team; Safeguarding Unit; Looked After Children Team; LAC Team;
Children in Care Team; Leaving Care Team; Care Leaving Team; Care Leavers Team; Leaving Care Service;
Pathway Team; Through Care Team; Fostering Service; Fostering Team; Fostering Panel; Adoption Panel;
Adoption Service; Regional Adoption Agency; Independent Fostering Agency; IFA; Family Placement Team;
Kinship Care Team; Disabled Children's Team; Children with Disabilities Team; CWD Team;
Emergency Duty Team; EDT; Out of Hours Service; Youth Offending Service; Youth Offending Team; YOT; YOS;
Youth Justice Service; Youth Justice Board; Youth Service; Youth Work; Edge of Care Team;
Edge of Care Service; Family Intervention Project; Targeted Family Support; Housing Options;
Housing Options Team; Housing Department; Housing Service; Homelessness Service; Homeless Persons Unit;
Local Housing Authority; Education Welfare Service; Education Welfare Officer; Attendance Service;
Virtual School; Virtual School Head; Educational Psychology Service; Inclusion Service;
Children Missing Education; Elective Home Education; Special Educational Needs Service; SEND Service;
SEND Team; SENDIASS; Pupil Referral Unit; PRU; Alternative Provision; Supplementary School; Short Breaks Service;
CAMHS; Child and Adolescent Mental Health Services; Child and Adolescent Mental Health Service;
Tier 4 CAMHS; Community CAMHS; Crisis Team; Home Treatment Team; HTT; CRHTT;
Crisis Resolution and Home Treatment Team; YJS; Youth Justice Service; Adult Mental Health Services;
Community Mental Health Team; CMHT; Early Intervention in Psychosis; IAPT; Perinatal Mental Health Team;
Health Visiting Service; Health Visiting Team; School Nursing Service; School Nursing Team;
Health Visiting; School Nursing; Midwifery; Paediatrics; Community Paediatrics;
Family Nurse Partnership; FNP; Midwifery Service; Community Midwifery; Maternity Services;
Drug and Alcohol Service; Substance Misuse Service; Young People's Substance Misuse Service;
Domestic Abuse Service; Independent Domestic Violence Advisor Service; IDVA Service; Women's Aid;
Refuge; Victim Support; Witness Service; Probation Service; National Probation Service;
Community Rehabilitation Company; CRC; Prison Service; HM Prison and Probation Service; HMPPS;
Police; the Police; Police Service; the Constabulary; Constabulary; Police Force; Public Protection Unit;
Public Protection Investigation Unit; PPU; PPIU; Child Abuse Investigation Unit; CAIU;
Child Abuse Investigation Team; CAIT; Criminal Investigation Department; CID; Missing Persons Unit;
Police Protection; Police Custody; Custody Suite; Response Team; Neighbourhood Policing Team;
Safer Neighbourhood Team; Domestic Abuse Unit; Sexual Offences Investigation Team;
Multi-Agency Child Exploitation; MACE; Child Exploitation Team; Exploitation Team; Missing Children Team;
Return Home Interview; Prevent; Channel Panel; Counter Terrorism Policing; Crown Prosecution Service; CPS;
Nazi; Nazis; Neo-Nazi; neo-Nazi; Islamic State; ISIS; ISIL; Daesh; al-Qaeda; Al-Qaeda; National Action;
National Front; British National Party; BNP; Combat 18; Sonnenkrieg Division; Atomwaffen Division;
Extreme Right Wing; Extreme Right-Wing; Hizb ut-Tahrir; Al-Muhajiroun;
Cafcass; Cafcass Cymru; Family Court; Family Proceedings Court; Crown Court; Magistrates' Court;
Magistrates Court; Youth Court; High Court; Court of Appeal; Supreme Court; Coroner's Court; Coroner;
HM Coroner; Senior Coroner; Family Drug and Alcohol Court; FDAC; Local Authority; the Local Authority;
Local Authorities; the Council; County Council; City Council; Borough Council; District Council;
Unitary Authority; Metropolitan Borough Council; Children's Trust; Academy Trust; Multi-Academy Trust;
Local Education Authority; LEA; Education Authority; NHS; the NHS; NHS England; NHS Trust;
NHS Foundation Trust; Foundation Trust; Clinical Commissioning Group; CCG; Integrated Care Board; ICB;
Integrated Care System; ICS; Primary Care; Primary Care Trust; PCT; Health Board; Local Health Board;
GP; GPs; GP Practice; GP Surgery; General Practice; General Practitioner; Out of Hours GP; NHS 111;
A&E; A and E; Accident and Emergency; Emergency Department; ED; Urgent Care Centre; Walk-in Centre;
Minor Injuries Unit; Paediatric Ward; Children's Ward; Neonatal Unit; NICU; SCBU; Special Care Baby Unit;
PICU; Paediatric Intensive Care Unit; Intensive Care Unit; ICU; Maternity Unit; Labour Ward;
Paediatric Assessment Unit; Children's Assessment Unit; Acute Assessment Unit; Medical Assessment Unit;
Clinical Decisions Unit; Early Pregnancy Unit; Paediatric Emergency Department; Children's Emergency Department;
Ambulance Service; Paramedics; Hospital; the Hospital; School; the School; Primary School;
Secondary School; Nursery; Pre-school; College; Further Education College; Academy; Free School;
Special School; Independent School; Boarding School; Children's Home; Residential Children's Home;
Secure Children's Home; Secure Unit; Secure Training Centre; Young Offender Institution; YOI;
Supported Accommodation; Semi-Independent Accommodation; Supported Lodgings; Foyer; Hostel;
Mother and Baby Unit; Mother and Baby Placement; Parent and Child Placement; Residential Assessment Centre;
Family Assessment Centre; Contact Centre; Family Centre; Foster Care Centre; SARC;
Sexual Assault Referral Centre; Child Sexual Abuse Hub; Barnahus; Lighthouse; Rape Crisis;
NSPCC; Barnardo's; Barnardos; Barnardo’s; Action for Children; The Children's Society; LeDeR;
Learning from Lives and Deaths; British Association of Perinatal Medicine; BAPM;
Children's Society; Save the Children; Childline; ChildLine; Samaritans; Mind; YoungMinds; Young Minds;
Papyrus; PAPYRUS; Winston's Wish; Teacher of the Deaf; Teachers of the Deaf; Qualified Teacher of the Deaf;
QToD; Ann Craft Trust; Child Protection in Sport Unit; CPSU; Sport England;
NRPF Network; NRPF Connect; Op COURAGE; Operation Courage; Sickle Cell Society; Project 17; Praxis;
Marie Collins Foundation; Molly Rose Foundation; Lullaby Trust; The Lullaby Trust; Procurator Fiscal; Nokia;
British Gas; Scillonian III; Orange Book; Missing Person Co-ordinator; Missing Persons Co-ordinator;
Scottish Candidate Number; National Register of Taxi and Private Hire Licence Revocations, Refusals and Suspensions;
NR3S; NR3;
Oxford University Press; Cambridge University Press; Open University Press; Bristol University Press; Policy Press;
Routledge; Jessica Kingsley Publishers; Palgrave Macmillan; Sage Publications; Wiley-Blackwell; Polity Press;
UK Sport; The FA; Football Association; The Football Association; Premier League; English Football League; EFL;
British Gymnastics; British Taekwondo; British Judo; British Swimming; Swim England; England Boxing; British Cycling;
England Athletics; UK Athletics; England Netball; Rugby Football Union; RFU; Lawn Tennis Association; LTA;
England and Wales Cricket Board; England Hockey; SignHealth; RNID; National Deaf Children's Society; NDCS;
British Deaf Association; BDA; Relay UK; SignVideo; InterpretersLive!; National Deaf CAMHS; HCRG Care Group;
AlphaBio Laboratories; Cansford Laboratories; Lextox; Trimega; Dar-ul-Aman; Unipol; Unipol Student Homes;
Cruse Bereavement Support; Cruse Bereavement Care; Child Bereavement UK;
Karma Nirvana; DPJ Foundation; Philomena Protocol; Perplexing Presentations;
Skipping School: Invisible Children; Destitution Domestic Violence Concession; DDVC;
Kooth; Relate; Family Action; Home-Start; Homestart; Catch22; Catch-22; Shelter; Citizens Advice;
Citizens Advice Bureau; CAB; Jobcentre Plus; Jobcentre; Job Centre; DWP; Department for Work and Pensions;
Child Maintenance Service; Child Benefit Office; HMRC; Benefits Agency; Housing Benefit; Universal Credit;
Social Fund; Local Welfare Assistance; Food Bank; Foodbank; Salvation Army; Red Cross;
British Red Cross; St John Ambulance; Women's Aid Federation; Refuge charity; SafeLives; Respect;
MOSAC; Stop It Now; Brook Advisory; Kidscape; Place2Be; St Giles Trust; St Giles; Nacro; Addaction;
We Are With You; Turning Point; Missing People; The Prince's Trust; Prince's Trust; Lucy Faithfull Foundation;
Rainbow Trust; Family Lives; Mencap; Scope; National Autistic Society; Childnet; Internet Watch Foundation;
Trussell Trust; The Trussell Trust; Girlguiding; Girl Guides; Brownies; Scouts; Scout Association;
GamCare; GambleAware; BeGambleAware; GAMSTOP; GamStop; Gamblers Anonymous; GamAnon; Gam-Anon;
National Gambling Helpline; National Problem Gambling Clinic;
Gambling Commission; StepChange; StepChange Debt Charity; National Debtline;
MoneyHelper; Money Advice Service; Christians Against Poverty; Stop Loan Sharks; Illegal Money Lending Team;
Showmen's Guild of Great Britain; Showmen’s Guild of Great Britain; Showmen's Guild; Showmen’s Guild;
Association of Circus Proprietors; Canal & River Trust; Canal and River Trust; Galop; LGBT Foundation;
British National (Overseas); BN(O); Gaeltacht;
Duke of Edinburgh's Award; Duke of Edinburgh Award; DofE; Open University; The Open University;
European Court of Human Rights; ECtHR; European Convention on Human Rights;
Sexual Health Service; Sexual Health Clinic; Genito-Urinary Medicine Clinic; GUM Clinic; Contraception Clinic;
Coram; Coram BAAF; BAAF; CoramBAAF; Become; Voice; Coram Voice; NYAS;
National Youth Advocacy Service; Advocacy Service; Independent Advocate; The Fostering Network;
Fostering Network; Kinship; Grandparents Plus; Family Rights Group; Frontline; Step Up to Social Work;
Think Ahead; Teach First; Turn2us; Gingerbread; Mumsnet; Netmums; Home Office; Department for Education;
DfE; Department of Health; Department of Health and Social Care; DHSC; Ministry of Justice; MoJ;
Department for Levelling Up, Housing and Communities; DLUHC; Ministry of Housing, Communities and Local
Government; MHCLG; Department for Communities and Local Government; DCLG; Department for Children,
Schools and Families; DCSF; Department for Education and Skills; DfES; Cabinet Office; HM Treasury;
HM Government; Her Majesty's Government; His Majesty's Government; HM Courts and Tribunals Service; HMCTS; HM;
HM Senior Coroner; HM Coroner; HM Inspectorate of Probation; HM Inspectorate of Prisons; NI; Department of Health (NI);
Welsh Government; Scottish Government; Northern Ireland Executive; Parliament; House of Commons;
Senedd; Welsh Assembly; National Assembly for Wales; Northern Ireland Assembly; London Assembly; Scottish Parliament;
General Assembly; UN General Assembly;
House of Lords; Education Select Committee; All-Party Parliamentary Group; APPG; Windrush; Windrush generation;
Windrush Scheme; Windrush Compensation Scheme; Windrush Taskforce; Home Office Windrush Taskforce;
Ofsted; OFSTED; Care Quality Commission; CQC; Companies House;
Ofcom; Cifas; Gangmasters and Labour Abuse Authority; GLAA; NFU; NFU Cymru; Language Line; LanguageLine;
ProtonMail; Merton assessment; Merton-compliant; Merton principles; Merton compliant;
Safe and Well visit; Safe and Well visits; Safe and Well Visit; Safe and Well check; Home Fire Safety Check;
Manston; Western Jet Foil; Serco; Mears; Clearsprings Ready Homes; Clearsprings; RLSS; RLSS UK; RoSPA;
Royal Life Saving Society; Royal Life Saving Society UK; The Royal Life Saving Society;
Royal Society for the Prevention of Accidents;
HM Inspectorate of Probation; HMI Probation; HM Inspectorate of Prisons; HMI Prisons; HMIP;
HM Inspectorate of Constabulary; HMIC; HMICFRS; HM Inspectorate of Constabulary and Fire & Rescue Services;
Inspectorate; Inspectorates; Care Inspectorate; Care Inspectorate Wales; CIW; Estyn; Healthcare Inspectorate Wales; HIW;
Social Care Wales; Scottish Children's Reporter Administration; SCRA; Children's Reporter; Children's Hearing;
Children's Hearings Scotland; Safeguarding Board for Northern Ireland; SBNI; Tusla; Tusla Child and Family Agency;
An Garda Síochána; Garda Síochána; Gardaí;
Independent Office for Police Conduct; IOPC; Independent Police Complaints Commission; IPCC;
Local Government Ombudsman; Local Government and Social Care Ombudsman; LGSCO; Parliamentary and
Health Service Ombudsman; Children's Commissioner; Children's Commissioner for England;
Social Work England; Health and Care Professions Council; HCPC; Nursing and Midwifery Council; NMC;
General Medical Council; GMC; Teaching Regulation Agency; Disclosure and Barring Service; DBS;
Criminal Records Bureau; CRB; Independent Safeguarding Authority; ISA; National Referral Mechanism; NRM;
Single Competent Authority; UK Visas and Immigration; UKVI; Border Force; Immigration Enforcement;
Modern Slavery Helpline; Child Exploitation and Online Protection; CEOP; National Crime Agency; NCA;
Internet Watch Foundation; IWF; Action Fraud; Crimestoppers; Police National Computer; PNC;
Police National Database; PND; ViSOR; SCIE; Social Care Institute for Excellence; NICE;
National Institute for Health and Care Excellence; Research in Practice; Local Government Association;
LGA; Association of Directors of Children's Services; ADCS; What Works for Children's Social Care;
Foundations; Early Intervention Foundation; EIF; Nuffield Family Justice Observatory;
Centre of Expertise on Child Sexual Abuse; CSA Centre; Royal College of Paediatrics and Child Health;
RCPCH; Royal College of General Practitioners; RCGP; Royal College of Nursing; RCN;
Royal College of Psychiatrists; Royal College of Midwives; RCM; British Association of Social Workers;
BASW; National Health Service; Public Health England; PHE; UK Health Security Agency; UKHSA;
Office for Health Improvement and Disparities; OHID; Health Education England; HEE
"""

ROLES: Final = """
Social Worker; social worker; Victim; Perpetrator; Alleged Perpetrator; Faith Leader; Faith Leaders;
Senior Social Worker; Advanced Social Work Practitioner;
Advanced Practitioner; Consultant Social Worker; Newly Qualified Social Worker; NQSW; ASYE;
Student Social Worker; Team Manager; Deputy Team Manager; Assistant Team Manager; Practice Manager;
Practice Supervisor; Service Manager; Head of Service; Assistant Director; Director of Children's Services;
DCS; Lead Member; Lead Member for Children's Services; Chief Executive; Principal Social Worker; PSW;
Family Support Worker; Family Worker; Outreach Worker; Contact Supervisor; Youth Worker;
Youth Offending Officer; Youth Justice Worker; Case Manager; Key Worker; Keyworker; Lead Professional;
Personal Adviser; Personal Advisor; PA; Independent Reviewing Officer; IRO; Child Protection Chair;
Conference Chair; Child Protection Coordinator; Local Authority Designated Officer; LADO;
Designated Officer; Designated Safeguarding Lead; DSL; Deputy Designated Safeguarding Lead;
Designated Teacher; Designated Teacher for Looked After Children; Designated Nurse; Designated Doctor;
Named Nurse; Named Doctor; Named GP; Named Midwife; Safeguarding Lead; Safeguarding Advisor;
Safeguarding Adviser; Safeguarding Nurse; Safeguarding Midwife; Health Visitor; health visitor;
Specialist Health Visitor; School Nurse; Community Nurse; Practice Nurse; Nurse Practitioner;
Advanced Nurse Practitioner; Midwife; Community Midwife; Specialist Midwife; Family Nurse;
Looked After Children Nurse; LAC Nurse; Paediatrician; Consultant Paediatrician; Community Paediatrician;
Paediatric Registrar; Registrar; Junior Doctor; Senior House Officer; SHO; Consultant; Psychiatrist;
Child Psychiatrist; Consultant Psychiatrist; Clinical Psychologist; Educational Psychologist; EP;
Psychologist; Psychotherapist; Therapist; Play Therapist; Art Therapist; Speech and Language Therapist;
SALT; Occupational Therapist; OT; Physiotherapist; Dietitian; Pharmacist; Dentist; Optician;
Sexual Health Nurse; Mental Health Nurse; Community Psychiatric Nurse; CPN; Care Coordinator;
Approved Mental Health Professional; AMHP; Paramedic; Ambulance Crew; Emergency Medical Technician; EMT;
General Practitioner; GP Partner;
Locum GP; Practice Manager; Receptionist; Headteacher; Head Teacher; Deputy Headteacher;
Assistant Headteacher; Head of Year; Class Teacher; Form Tutor; Teacher; Teaching Assistant; TA;
Learning Mentor; Pastoral Lead; Pastoral Manager; SENCO; SENCo; Special Educational Needs Coordinator;
Special Educational Needs Co-ordinator; Attendance Officer; Education Welfare Officer; EWO;
Virtual School Head; Nursery Manager; Nursery Nurse; Key Person; Childminder; Governor;
Chair of Governors; Police Officer; police officer; Police Constable; Detective Constable;
Detective Sergeant; Detective Inspector; Detective Chief Inspector; Detective Superintendent; Sergeant;
Inspector; Superintendent; Chief Constable; PCSO; Police Community Support Officer; Investigating Officer;
Officer in the Case; OIC; Senior Investigating Officer; SIO; Family Liaison Officer; FLO;
Sexual Offences Liaison Officer; SOLO; Achieving Best Evidence Interviewer; Probation Officer;
Offender Manager; Prison Officer; Solicitor; Barrister; Counsel; Judge; District Judge; Circuit Judge;
Magistrate; Magistrates; Legal Adviser; Children's Guardian; Guardian ad Litem; Cafcass Officer;
Family Court Adviser; FCA; Expert Witness; Interpreter; Advocate; Independent Advocate; Intermediary;
Housing Officer; Housing Support Worker; Tenancy Support Officer; Homelessness Officer;
Drug and Alcohol Worker; Substance Misuse Worker; Recovery Worker; IDVA; Independent Domestic Violence Advisor;
Independent Domestic Violence Adviser; ISVA; Independent Sexual Violence Advisor; Domestic Abuse Worker;
CHISVA; Children and Young People's ISVA; Witness Care Unit; Registered Intermediary; Registered Intermediaries;
Private Sector Housing; Pest Control; Housing Solutions; Housing Needs; Homelessness Team; Tenancy Sustainment;
Environmental Health; Trading Standards; Anti-Social Behaviour Team; Community Safety Team; Building Control;
Council Tax; Revenues and Benefits; Speech and Language Therapy;
Outreach Worker; Support Worker; Residential Worker; Residential Care Worker; Registered Manager;
Home Manager; Foster Carer; Foster Carers; foster carer; foster carers; Foster Parent; Foster Parents;
Foster Mother; Foster Father; Foster Family; Kinship Carer; Kinship Carers; Connected Person;
Connected Persons Carer; Special Guardian; Special Guardians; Adopter; Adopters; Adoptive Parents;
Adoptive Mother; Adoptive Father; Birth Parents; Birth Mother; Birth Father; Mother; Father;
Stepfather; Step-father; Stepmother; Step-mother; Mother's Partner; Father's Partner; Maternal Grandmother;
Maternal Grandfather; Paternal Grandmother; Paternal Grandfather; Grandparents; Sibling; Siblings;
Half-sibling; Half-brother; Half-sister; Aunt; Uncle; Cousin; Corporate Parent; Corporate Parenting;
Corporate Parenting Board; Practitioner; Practitioners; Professional; Professionals; Manager; Managers;
Independent Chair; Independent Scrutineer; Independent Reviewer; Lead Reviewer; Reviewer;
Independent Author; Overview Author; Report Author; Panel Chair; Panel Members; Business Manager;
Partnership Manager; Board Manager; Safeguarding Partners; Lead Safeguarding Partners; Relevant Agencies;
Chief Officer; Chief Nurse; Director of Nursing; Medical Director; Caldicott Guardian; Data Protection Officer
"""

REVIEW_VOCABULARY: Final = """
Serious Case Review; SCR; Serious Case Reviews; Child Safeguarding Practice Review;
Local Child Safeguarding Practice Review; LCSPR; CSPR; Child Safeguarding Practice Reviews;
National Child Safeguarding Practice Review; Child Practice Review; Concise Child Practice Review;
Safeguarding Practice Review; Safeguarding Practice Reviews; Practice Review; Practice Reviews;
Extended Child Practice Review; Significant Case Review; Case Management Review; Learning Review;
Adolygiad Ymarfer Plant; Adolygiad Ymarfer Plant Estynedig; Adolygiad Ymarfer Plant Cryno; Ymarfer Plant Estynedig;
Adolygiad Dynladdiad Domestig; Bwrdd Diogelu; Bwrdd Diogelu Rhanbarthol; Diogelu Rhanbarthol;
London Safeguarding Children Partnership; London Child Protection Procedures; UNOCINI; Throughcare; Aftercare;
Learning Lessons Review; Multi-Agency Learning Review; Domestic Homicide Review; DHR;
Safeguarding Adults Review; SAR; Child Death Review; Child Death Overview Panel; CDOP; Rapid Review;
Rapid Response; Serious Incident; Serious Incident Notification; Serious Incident Review;
Serious Untoward Incident; SUI; Root Cause Analysis; RCA; Learning Point; Learning Points; Key Learning;
Learning; Lessons Learnt; Lessons Learned; Lessons Learned Review; Key Findings; Findings; Finding;
Key Practice Episodes; Key Episodes; Practice Episodes; Terms of Reference; Recommendation;
Recommendations; Single Agency Recommendations; Multi-Agency Recommendations; Action Plan; Panel;
Review Panel; Overview Report; Executive Summary; Chronology; Integrated Chronology;
Merged Chronology; Multi-Agency Chronology; IMR; IMRs; Individual Management Review;
Individual Management Reviews; Agency Report; Agency Reports; Single Agency Report; Scoping;
Scoping Period; Period Under Review; Methodology; Systems Methodology; SILP;
Significant Incident Learning Process; Welsh Child Practice Review Framework; Appreciative Inquiry;
Practitioner Event; Practitioners' Event; Learning Event; Family Involvement; Family Contribution;
Conclusion; Conclusions; Introduction; Background; Analysis; Appendix; Glossary; Contents;
Acknowledgements; References; Bibliography; Summary; Case Summary; Context; Family Context;
Family Background; Child's Lived Experience; Lived Experience; Voice of the Child; Child's Voice;
Good Practice; Professional Curiosity; Respectful Uncertainty; Disguised Compliance; Start Again Syndrome;
Think Family; Toxic Trio; Trilogy of Risk; Hidden Men; Invisible Men; Was Not Brought; Did Not Attend;
DNA; Was Not Brought Policy; Escalation; Escalation Policy; Resolution of Professional Disagreements;
Information Sharing; Thresholds; Threshold Document; Continuum of Need; Levels of Need;
Local Safeguarding Children Board; LSCB; Local Safeguarding Children Boards; LSCBs;
Safeguarding Children Board; Safeguarding Children Partnership; Local Safeguarding Children Partnership;
LSCP; Safeguarding Partnership; Safeguarding Children Partnership Arrangements; Multi-Agency Safeguarding
Arrangements; Safeguarding Adults Board; SAB; Community Safety Partnership; CSP; Health and Wellbeing Board;
Child Safeguarding Practice Review Panel; National Panel; The Panel; Independent Panel;
Case Review Subgroup; Case Review Group; Serious Case Review Subgroup; Learning and Improvement Framework;
Learning and Improvement Subgroup; Quality Assurance; Quality Assurance Subgroup; Performance Subgroup;
Annual Report; Business Plan
"""

LEGAL_AND_PROCESS: Final = """
Care Order; Interim Care Order; ICO; Full Care Order; Supervision Order; Interim Supervision Order;
Placement Order; Adoption Order; Special Guardianship Order; Special Guardianship Orders; SGO;
Special Guardianship Support Plan; Special Guardianship Support Plans; Child Arrangements Order;
Residence Order; Contact Order; Prohibited Steps Order; Specific Issue Order; Emergency Protection Order; EPO;
Police Protection Order; Recovery Order; Secure Accommodation Order; Deprivation of Liberty;
Deprivation of Liberty Order; DoLS; DoL; LD Nurse; LD Team;
Non-Molestation Order; Occupation Order; Restraining Order;
Sexual Harm Prevention Order; SHPO; Sexual Risk Order; Criminal Behaviour Order; Child Abduction Warning Notice;
CAWN; Domestic Violence Protection Notice; DVPN; Domestic Violence Protection Order; DVPO;
Domestic Abuse Protection Order; Female Genital Mutilation Protection Order; Forced Marriage Protection Order;
Homes for Ukraine; Ukraine Family Scheme; Ukraine Sponsorship Scheme; Ukraine Permission Extension;
Afghan Citizens Resettlement Scheme; ACRS; Afghan Relocations and Assistance Policy; ARAP;
Vulnerable Persons Resettlement Scheme; VPRS; UK Resettlement Scheme; UKRS; Hong Kong BN(O) Welcome Programme;
BN(O) visa; Community Sponsorship; Operation Warm Welcome; Operation Pitting;
Youth Rehabilitation Order; Referral Order; Detention and Training Order; Parenting Order; Wardship;
Inherent Jurisdiction; Care Proceedings; Public Law Outline; PLO; Pre-Proceedings; Pre-proceedings;
Letter Before Proceedings; Letter Before Action; Public Law Proceedings; Private Law Proceedings;
Section 7 Report; Section 37 Report; Section 17; Section 20; Section 31; Section 37; Section 38;
Section 44; Section 46; Section 47; Section 11; Section 85; Section 86; S.17; S.20; S.31; S.47;
S17; S20; S31; S47; s.17; s.20; s.47; s17; s20; s47; Section 47 Enquiry; Section 47 Enquiries;
Section 47 Investigation; Section 20 Accommodation; Child Protection; Child Protection Plan; CPP;
Child Protection Register; Child Protection Conference; Initial Child Protection Conference; ICPC;
Review Child Protection Conference; RCPC; Child Protection Review Conference; Core Group;
Core Group Meeting; Core Group Meetings; Child Protection Medical; Child Protection Enquiry;
Child in Need; Children in Need; CIN; Child in Need Plan; Child in Need Meeting; Child in Need Review;
Strategy Discussion; Strategy Meeting; Strategy Discussions; Multi-Agency Strategy Meeting;
Multi-Agency Meeting; Professionals Meeting; Professionals' Meeting; Team Around the Child; TAC;
Team Around the Family; TAF; Looked After Child; Looked After Children; LAC; Child Looked After; CLA;
Children Looked After; Child in Care; Children in Care; Care Leaver; Care Leavers; Care Experienced;
Pathway Plan; Care Plan; Placement Plan; Permanence Plan; Permanence; Looked After Review; LAC Review;
Statutory Review; Statutory Visit; Statutory Visits; Significant Harm; Likely Significant Harm;
Risk of Significant Harm; Threshold Criteria; Welfare Checklist; Paramountcy Principle;
Parental Responsibility; Common Assessment Framework; CAF; Early Help Assessment; EHA; Family Assessment;
Single Assessment; Initial Assessment; Core Assessment; Child and Family Assessment; Parenting Assessment;
Pre-birth Assessment; Pre-Birth Assessment; Viability Assessment; Kinship Assessment; Risk Assessment;
Framework for the Assessment of Children in Need and their Families; Assessment Framework; Signs of Safety;
Signs of Wellbeing; Graded Care Profile; Graded Care Profile 2; GCP2; DASH; DASH Risk Assessment; Solihull Approach;
Edinburgh Postnatal Depression Scale; EPDS;
Triple P; Incredible Years; Freedom Programme; Family Nurse Partnership; Lullaby Trust;
DASH RIC; MAPPA; Multi-Agency Public Protection Arrangements; MARAC; Multi-Agency Risk Assessment Conference;
MATAC; MASE; Multi-Agency Sexual Exploitation; MACE Panel; Channel; Prevent Referral; Operation Encompass;
Operation Makesafe; Operation Hydrant; Operation Yewtree; Operation Stovewood; Operation Sceptre; Operation Pentameter;
Operation Bullfinch; Operation Clover; Operation Sanctuary; Operation Doublet; Operation Span; Operation Soteria;
Operation Bluestone; Operation Limelight; Operation Pitting;
OASys; Offender Assessment System; ViSOR; Desistance and Disengagement Programme; DDP;
Tipstaff; the Tipstaff; Tax-Free Childcare; Tax Free Childcare;
Clare's Law; Domestic Violence Disclosure Scheme; Sarah's Law; Child Sex Offender Disclosure Scheme;
Return Home Interviews; Missing Episode; Missing Episodes; Missing from Home; Missing from Care;
Child Sexual Exploitation; CSE; Child Criminal Exploitation; CCE; County Lines; Modern Slavery;
Trafficking; Child Trafficking; Female Genital Mutilation; FGM; Forced Marriage; Honour-Based Abuse;
Honour Based Violence; Radicalisation; Domestic Abuse; Domestic Violence; Coercive Control;
Controlling or Coercive Behaviour; Neglect; Emotional Abuse; Physical Abuse; Sexual Abuse;
Child Sexual Abuse; CSA; Intra-familial Child Sexual Abuse; Harmful Sexual Behaviour; HSB;
Peer on Peer Abuse; Child on Child Abuse; Contextual Safeguarding; Online Abuse; Sexting;
Fabricated or Induced Illness; FII; Non-Accidental Injury; NAI; Abusive Head Trauma; Shaken Baby Syndrome;
Sudden Unexpected Death in Infancy; SUDI; Sudden Infant Death Syndrome; SIDS; Safer Sleep; ICON;
Co-sleeping; Bruising Protocol; Bruising in Non-Mobile Infants; Skeletal Survey; CT Scan; MRI Scan;
Achieving Best Evidence; ABE; ABE Interview; Video Recorded Interview; Joint Investigation;
Single Agency Investigation; Section 47 Medical; Child Protection Medical Examination;
Education, Health and Care Plan; Education Health and Care Plan; EHCP; EHC Plan; Statement of Special
Educational Needs; SEN; SEND; Special Educational Needs; Special Educational Needs and Disabilities;
SEN Support; School Action; School Action Plus; Personal Education Plan; PEP; Pupil Premium;
Pupil Premium Plus; Unique Pupil Number; UPN; Managed Move; Fixed Term Exclusion; Permanent Exclusion;
Suspension; Part-time Timetable; Reduced Timetable; Off-rolling; Home Education; Elective Home Education;
EHE; Children Missing Education; CME; Free School Meals; FSM; Key Stage 1; Key Stage 2; Key Stage 3;
Key Stage 4; GCSE; GCSEs; A Level; A Levels; Year 7; Year 11; Reception; Ofsted Inspection;
Makaton; Signalong; British Sign Language; BSL; PECS; Picture Exchange Communication System; Portage;
Single Inspection Framework; ILACS; Joint Targeted Area Inspection; JTAI; Inspection of Local Authority
Children's Services; Care Act; Mental Capacity Act; Gillick Competence; Fraser Guidelines; Consent;
Information Governance; Data Protection; GDPR; UK GDPR; Caldicott Principles; Seven Golden Rules;
NHS Number; National Insurance Number; Date of Birth; DOB; Ethnicity; White British; Mixed Heritage;
Black British; British Asian; Gypsy, Roma and Traveller; GRT; Unaccompanied Asylum-Seeking Child; UASC;
Unaccompanied Asylum Seeking Children; No Recourse to Public Funds; NRPF; Asylum Seeker; Refugee
"""

CONDITIONS: Final = """
Asperger; Aspergers; Asperger's; Asperger Syndrome; Asperger's Syndrome; Autism; Autistic Spectrum Disorder;
Autism Spectrum Disorder; ASD; ASC; Autism Spectrum Condition; ADHD; Attention Deficit Hyperactivity Disorder;
ADD; Attachment Disorder; Reactive Attachment Disorder; Foetal Alcohol Spectrum Disorder; FASD;
Foetal Alcohol Syndrome; Global Developmental Delay; Developmental Delay; Learning Disability;
Learning Disabilities; Learning Difficulties; Moderate Learning Difficulties; Severe Learning Difficulties;
Dyslexia; Dyspraxia; Cerebral Palsy; Down Syndrome; Down's Syndrome; Downs Syndrome; Epilepsy;
Tourette Syndrome; Tourette's; Oppositional Defiant Disorder; ODD; Conduct Disorder; Post-Traumatic Stress
Disorder; PTSD; Complex PTSD; Depression; Postnatal Depression; Post-natal Depression; Anxiety;
Generalised Anxiety Disorder; Bipolar Disorder; Bipolar; Schizophrenia; Psychosis; Personality Disorder;
Emotionally Unstable Personality Disorder; EUPD; Borderline Personality Disorder; BPD; Eating Disorder;
Anorexia; Anorexia Nervosa; Bulimia; Self-harm; Self Harm; Suicidal Ideation; Obsessive Compulsive Disorder;
OCD; Pathological Demand Avoidance; PDA; Sensory Processing Disorder; Speech and Language Delay;
Failure to Thrive; Faltering Growth; Rickets; Sickle Cell; Sickle Cell Anaemia; Cystic Fibrosis;
Type 1 Diabetes; Diabetes; Asthma; Eczema; Hepatitis C; HIV; Neonatal Abstinence Syndrome; NAS;
Adverse Childhood Experiences; ACEs; Trauma; Developmental Trauma; Trauma-Informed Practice;
Mental Health; Mental Ill-Health; Substance Misuse; Alcohol Misuse; Drug Misuse; Parental Mental Health;
Parental Substance Misuse; Alcohol Dependency; Opiate Dependency; Methadone; Cannabis; Cocaine; Heroin; Spice;
Hypothermia; Hyperthermia; Asphyxia; Positional Asphyxia; Anaphylaxis; Anaphylactic Shock; Bronchiolitis;
Bronchopneumonia; Pneumonia; Sepsis; Septicaemia; Meningitis; Encephalitis; Encephalopathy;
Hypoxic Ischaemic Encephalopathy; Subdural Haematoma; Retinal Haemorrhages; Abusive Head Trauma;
Shaken Baby Syndrome; Sudden Infant Death Syndrome; SIDS; SUDI; SUDC; Dehydration; Malnutrition;
Hypoglycaemia; Diabetic Ketoacidosis; DKA; Cardiac Arrest; Cardiac Arrhythmia; Pulmonary Embolism;
Pressure Ulcers; Pressure Sores; Korsakoff Syndrome; Alcohol-Related Brain Damage; ARBD; Dementia;
Alzheimer's Disease; Alzheimer's disease; Alzheimer's; Parkinson's Disease; Parkinson's disease; Parkinson's;
COPD; Chronic Obstructive Pulmonary Disease; Cirrhosis;
Liver Cirrhosis; Tuberculosis; Covid-19; COVID-19; Coronavirus; Fabricated or Induced Illness; FII;
Munchausen Syndrome by Proxy; Aspergillus; Penicillium; Cladosporium; Stachybotrys; Streptococcus;
Staphylococcus; MRSA; Legionella; Klebsiella; Pseudomonas;
Hydrocephalus; Scurvy; Kwashiorkor; Hypernatraemia; Hyponatraemia; Unascertained;
Unexplained; Undetermined;
Triage; Dx; Hx; Rx; Tx; Fx; Sx; PMH; NAD; O/E
"""

LEGISLATION_AND_GUIDANCE: Final = """
Children Act 1989; Children Act 2004; Children Act; Children and Social Work Act 2017;
Hague Convention; 1980 Hague Convention; 1996 Hague Convention;
Hague Convention on the Civil Aspects of International Child Abduction; Brussels II; Brussels IIa; McKenzie friend;
McKenzie Friend;
Fraser competence; Fraser competent; Fraser ruling; Gillick competent; Gillick and Fraser; Osman warning;
Osman warnings; Osman letter; Osman notice; Hansard; Southwark judgment; Southwark judgement; Southwark ruling;
Southwark assessment; Southwark assessments; Southwark duties; Southwark duty; Southwark protocol; Southwark decision;
Southwark case; Southwark cases; Southwark practice; Southwark guidance;
Children and Families Act 2014; Children and Young Persons Act 2008; Children and Young Persons Act 1933;
Children (Leaving Care) Act 2000; Adoption and Children Act 2002; Care Standards Act 2000; Education Act 1996;
Education Act 2002; Education Act 2011; Housing Act 1996; Homelessness Reduction Act 2017; Care Act 2014;
Mental Health Act 1983; Mental Health Act; Mental Capacity Act 2005; Human Rights Act 1998;
Data Protection Act 2018; Domestic Abuse Act 2021; Serious Crime Act 2015; Modern Slavery Act 2015;
Sexual Offences Act 2003; Female Genital Mutilation Act 2003; Counter-Terrorism and Security Act 2015;
Crime and Disorder Act 1998; Police and Criminal Evidence Act 1984; PACE; Family Law Act 1996;
Protection from Harassment Act 1997; Equality Act 2010; Social Services and Well-being (Wales) Act 2014;
Children (Scotland) Act 1995; Children (Northern Ireland) Order 1995; United Nations Convention on the
Rights of the Child; UNCRC; European Convention on Human Rights; ECHR; Article 8;
Working Together to Safeguard Children; Working Together; Working Together 2010; Working Together 2013;
Working Together 2015; Working Together 2018; Working Together 2023; Keeping Children Safe in Education;
KCSIE; What To Do If You're Worried A Child Is Being Abused; Information Sharing Advice;
Framework for the Assessment of Children in Need; London Child Protection Procedures;
London Safeguarding Children Procedures; All Wales Child Protection Procedures; Wales Safeguarding Procedures;
National Guidance for Child Protection in Scotland; Care Planning, Placement and Case Review Regulations 2010;
Care Planning, Placement and Case Review (England) Regulations 2010; Care Planning Regulations;
The Children Act 1989 Guidance and Regulations; Children Act 1989 Guidance and Regulations; IRO Handbook;
Fostering Services Regulations 2011; National Minimum Standards; Children's Homes Regulations 2015;
Quality Standards; Statutory Guidance; Statutory Guidance on Children Who Run Away or Go Missing;
Promoting the Health and Wellbeing of Looked After Children; Special Educational Needs and Disability
Code of Practice; SEND Code of Practice; Code of Practice; Achieving Best Evidence in Criminal Proceedings;
Munro Review; The Munro Review; Munro Review of Child Protection; Laming Report; Laming Inquiry;
Timpson Review; Timpson Review of School Exclusion; Casey Review; Lammy Review; Marmot Review;
Hidden Harm; Mwy na Geiriau; More than just words; Active Offer;
Every Child Matters; ECM; Care Crisis Review; Independent Review of Children's
Social Care; MacAlister Review; Stable Homes, Built on Love; Children's Social Care National Framework;
National Framework; Child Protection in England; Myth of Invisible Men; Out of Routine;
It Was Hard to Escape; Complexity and Challenge; Pathways to Harm, Pathways to Protection;
Triennial Analysis; Biennial Analysis; Annual Report of the Child Safeguarding Practice Review Panel;
Serious Case Review Biennial Analysis; Ofsted Framework; NICE Guidance; NICE Guideline;
Child Maltreatment Guidance; When to Suspect Child Maltreatment; Royal College of Paediatrics and Child
Health Child Protection Companion; Child Protection Companion; Safeguarding Children and Young People:
Roles and Competences for Health Care Staff; Intercollegiate Document; Brook Traffic Light Tool;
Hackett Continuum; AIM Assessment; Pan-London Procedures; Pan Lancashire Procedures; West Midlands
Safeguarding Children Procedures; South West Child Protection Procedures; SWCPP; Yorkshire and Humberside
Procedures; Tri-x; Tri.x
"""

# Medicines and substances a chronology names (a capital opens a record's line: "Sertraline 50mg started").
MEDICINES: Final = """
Sertraline; Fluoxetine; Citalopram; Escitalopram; Mirtazapine; Amitriptyline; Venlafaxine; Duloxetine; Paroxetine;
Olanzapine; Quetiapine; Risperidone; Aripiprazole; Clozapine; Haloperidol; Lithium; Sodium Valproate; Valproate;
Lamotrigine; Levetiracetam; Carbamazepine; Diazepam; Lorazepam; Clonazepam; Zopiclone; Melatonin; Promethazine;
Methylphenidate; Ritalin; Concerta; Lisdexamfetamine; Elvanse; Atomoxetine; Guanfacine; Buprenorphine; Subutex;
Naloxone; Naltrexone; Pregabalin; Gabapentin; Tramadol; Codeine; Co-codamol; Morphine; Oxycodone; Fentanyl;
Paracetamol; Ibuprofen; Calpol; Aspirin; Insulin; Salbutamol; Ventolin; Omeprazole; Gaviscon; Infacol; Movicol;
Lactulose; Amoxicillin; Penicillin; Flucloxacillin; Prednisolone; Hydrocortisone; Epipen; EpiPen; Ketamine; MDMA;
Ecstasy; Crack Cocaine; Amphetamine; Nitrous Oxide; Benzodiazepines; Xanax; Valium; Vapes; Vape;
Keppra; Epilim; Tegretol; Buccolam; Midazolam; NovoRapid; Lantus; Levemir; Humalog; Tresiba; Glucagon; GlucaGen;
Seretide; Clenil; Fostair; Symbicort; Montelukast; Dioralyte; Depo-Provera; Nexplanon; Implanon;
Libre; FreeStyle Libre; Freestyle Libre; Dexcom; Omnipod; GlucoGel; Glucogel; Dextrogel; Hypostop; Lucozade;
Nurofen; Piriton; Sudocrem; Bonjela; Oramorph; Aptamil; Cow & Gate
"""
GENERIC_TERMS: Final = """
Child; Children; Young Person; Young People; Baby; Infant; Toddler; Unborn; Unborn Baby; Family; Families;
Parent; Parents; Carer; Carers; Household; Home; Address; Family Home; Agency; Agencies; Partner Agencies;
Partner Agency; Partnership; Partners; Multi-Agency; Multi Agency; Multi-agency; Inter-agency; Board;
Subgroup; Sub-group; Meeting; Conference; Review; Report; Plan; Assessment; Referral; Referrals;
Contact; Visit; Home Visit; Unannounced Visit; Announced Visit; Supervision; Management Oversight;
Caseload; Case; Case File; Case Record; Records; Electronic Record; Liquidlogic; Mosaic; Eclipse;
SystmOne; EMIS; Frameworki; CareFirst; ICS; Capita One; MyConcern; CPOMS; BadgerNet; Datix;
Appendix A; Appendix B; Part One; Part Two; Section One; Section Two; Chapter; Paragraph; Page;
Table; Figure; Chart; Timeline; Key Lines of Enquiry; KLOE; Lines of Enquiry; LoE; Agency Abbreviation; Abbreviations;
Christmas; Xmas; Christmas Eve; Boxing Day; Easter; Eid; Diwali; Ramadan; Hanukkah; New Year; Bank Holiday;
Half Term; Half-term;
Summer Holidays; Moses Basket; Moses basket; Lockdown; COVID-19; Covid-19; Covid; Coronavirus; Pandemic; the Pandemic;
Internet; Facebook; Instagram; Snapchat; WhatsApp; TikTok; YouTube; Twitter; Google; iPhone; Xbox;
PlayStation; Fortnite; Minecraft; Roblox; Discord; Telegram; Signal; Kik; Omegle; Wi-Fi; Uber;
Xbox Live; PlayStation Network; Facebook Messenger; Twitch; Yubo; Skype; Tinder; Grindr; OnlyFans; Hotmail; Gmail;
Yahoo Mail; Outlook.com;
Reddit; Call of Duty; Grand Theft Auto; iPad; Nintendo Switch;
Amazon; Tesco; Asda; Sainsbury's; Morrisons; Aldi; Lidl; McDonald's; KFC; Greggs; Primark; Argos; Wilko; Poundland;
Home Bargains; Superdrug; Scania; Iveco; DAF Trucks;
British Airways; Ryanair; easyJet; EasyJet; Jet2; Wizz Air; Ethiopian Airlines; Pakistan International Airlines; PIA;
Emirates; Qatar Airways; Turkish Airlines; Kenya Airways; Virgin Atlantic; TUI; LOT Polish Airlines; Aer Lingus;
Air Arabia; flydubai; Lufthansa; KLM; Air France; Loganair; Eurostar; National Express; Megabus; FlixBus;
Heathrow; Heathrow Airport; London Heathrow; Gatwick; Gatwick Airport; London Gatwick; Stansted; Stansted Airport;
London Stansted; Luton Airport; London Luton; London Luton Airport; London City Airport; Manchester Airport;
Birmingham Airport; Bristol Airport; East Midlands Airport; Leeds Bradford Airport; Liverpool John Lennon Airport;
Newcastle Airport; Glasgow Airport; Edinburgh Airport; Belfast International Airport; Cardiff Airport;
Chromebook; Samsung; Apple; Android; Robux; V-Bucks; Steam; PayPal; Cash App; Revolut; Monzo; Zalo; WeChat;
Viber; KakaoTalk; Botim; AirTag; AirTags; Apple AirTag; Tile; Find My; CyberTipline; NCMEC; FaceTime; Facetime;
Nike; Air Max; Nike Air Max; Air Jordan; Air Force 1; Adidas; Puma; JD Sports; The North Face; North Face;
Canada Goose; Moncler; Trapstar; Gucci; Lego; LEGO;
Peppa Pig; Paw Patrol; Netflix; Disney+; Alton Towers; Thorpe Park; Drayton Manor; Chessington World of Adventures;
Legoland; Flamingo Land; Blackpool Pleasure Beach; Paultons Park; Gulliver's World; Lightwater Valley;
UC; SLT; SMT
"""

# Nations and statistical regions: each covers millions of people, so naming one identifies no one,
# and published reviews name them freely ("the West Midlands", "a force in the North West").
NATIONS_AND_REGIONS: Final = """
United Kingdom; UK; Great Britain; Britain; England; Wales; Scotland; Northern Ireland; British Isles;
North East; North East England; North West; North West England; Yorkshire and the Humber;
Yorkshire and Humber; East Midlands; West Midlands; East of England; South East; South East England;
South West; South West England; Greater London; the Midlands; the North; the South; Home Counties;
Cymru; Alba; Irish Sea; North Sea; English Channel; Edo State
"""

# Police forces with a national remit: they police the railways, defence and nuclear sites, the armed
# forces, or a whole nation, so naming one identifies no area. (A territorial force, "Kent Police", names
# the area it polices and is replaced like a council unless it is the publishing board's own.)
NATIONAL_POLICE: Final = """
British Transport Police; Ministry of Defence Police; Civil Nuclear Constabulary; Royal Military Police;
Royal Air Force Police; Royal Navy Police; Police Scotland; Police Service of Northern Ireland; PSNI;
Royal Ulster Constabulary; RAF Police; RMP; RNP; Service Police; Service Police Crime Bureau;
Defence Serious Crime Unit
"""

# The armed forces as a whole and their national bodies, services and charities: a family "in the Army" or helped
# by SSAFA is one of thousands (the unit a parent serves in and where it is based are what locate a family).
ARMED_FORCES: Final = """
British Army; Army; Royal Navy; Royal Marines; Royal Air Force; RAF; Ministry of Defence; MOD; MoD; SSAFA;
SSAFA the Armed Forces Charity; Army Welfare Service; AWS; Naval Families Federation; Army Families Federation;
RAF Families Federation; British Forces Post Office; Brigade of Gurkhas; Gurkha Welfare Trust; Defence Medical
Services; Defence Children Services; Service Children's Education; Defence Infrastructure Organisation; Joint
Service Housing Advice Office; Service Family Accommodation; Unit Welfare Officer; Armed Forces Covenant; Veterans
UK; Combat Stress; Help for Heroes; Royal British Legion; Naval Service; Army Reserve; RAF Reserves;
Gurkha; Gurkhas;
Royal Naval Reserve; British Army Training Unit Kenya; BATUK; British Forces Cyprus; British Forces Germany;
British Forces South Atlantic Islands; United Nations Peacekeeping Force in Cyprus; UNFICYP; British High
Commission; British Embassy; British Consulate; Families Federation; Chain of Command; Commanding Officer; Welfare
Officer; Padre;
Operation Cabrit; Operation Tosca; Operation Shader; Operation Herrick; Operation Telic; Operation Banner;
Operation Toral; Operation Newcombe; Operation Kipion; Operation Interflex; Operation Orbital; Operation Temperer;
Operation Rescript; Operation Tellar
"""

# Words that structure a report (headings, table labels, protective markings): a heading's capitals
# make none of them a name.
DOCUMENT_STRUCTURE: Final = """
Genogram; Family Genogram; Ecomap; Eco-map; Family Composition; Family Tree; Family Structure;
Family Members; Family Identifiers; Key Individuals; Key People; Key Persons; Key Professionals; Appendices;
Annexes; Annex; Contents Page; Table of Contents; Foreword; Preface; Acknowledgements; Bibliography;
Restricted; Official; Official Sensitive; Anonymised; Not Yet Anonymised; Not Anonymised; Official-Sensitive;
Not Protectively Marked; Protect; Protected;
Confidential; Strictly Confidential; In Confidence; Draft for Comment; Final Draft; Overview Report;
Individual Management Review; IMR; IMRs; Agency Report; Combined Chronology; Integrated Chronology;
Main Content; Skip to Main Content; Skip to content; Main Navigation; Breadcrumb; Cookie Settings; Hide Ad;
Advertisement; Sponsored Content; Read More; Share this article; Sign In; Log In; Subscribe; Newsletter
"""

# Software that makes and converts documents, and Word's field codes: a file's producer or a page-number
# field is no organisation.
SOFTWARE_AND_FIELD_CODES: Final = """
LibreOffice; OpenOffice; Microsoft Word; Microsoft Office; Microsoft; Microsoft Teams; Microsoft Excel;
Adobe; Adobe Acrobat; Adobe PDF Library; Acrobat Distiller; Acrobat; Ghostscript; Aspose; iText; PDFCreator;
Nitro PDF; Foxit; Quartz PDFContext; Skia; Google Docs; Writer; Calc;
NUMPAGES; SECTIONPAGES; MERGEFORMAT; MERGEFIELD; HYPERLINK; PAGEREF; FILENAME; DOCPROPERTY; CREATEDATE;
SAVEDATE; PRINTDATE; NUMWORDS; STYLEREF; DOCVARIABLE; INCLUDEPICTURE; INCLUDETEXT; FORMTEXT; FORMCHECKBOX
"""

# Dog breeds (reviews of dog attacks name them, and the Dangerous Dogs Act lists some) and the bodies
# that register them.
ANIMALS: Final = """
Pit Bull; Pit Bull Terrier; American Pit Bull Terrier; Staffordshire Bull Terrier; Bull Terrier; XL Bully;
American Bully; American XL Bully; Rottweiler; Dogo Argentino; Fila Brasileiro; Japanese Tosa; Cane Corso;
French Bulldog; English Bulldog; Bulldog; Kennel Club; The Kennel Club; Dangerous Dogs Act;
Dangerous Dogs Act 1991; Dogs Trust; RSPCA
"""

# Ethnic groups as the census and case records write them, with the slash forms of record systems.
_ETHNIC_GROUPS: Final = (
    "White British", "White Irish", "White Other", "Any Other White Background", "Gypsy or Irish Traveller",
    "Black British", "Black African", "Black Caribbean", "Black Other", "Asian British", "British Asian",
    "Asian Other", "Mixed Heritage", "Mixed Race", "Mixed Other", "Mixed White and Black Caribbean",
    "Mixed White and Black African", "Mixed White and Asian", "Any Other Ethnic Group", "White European",
    "White Eastern European", "Black British Caribbean", "Black British African", "Asian British Pakistani",
    "Asian British Indian", "Asian British Bangladeshi", "Irish Traveller", "Irish Travellers", "Gypsy Traveller",
    "Romany Gypsy", "Gypsy Roma Traveller",
)
ETHNICITIES: Final = "; ".join([*_ETHNIC_GROUPS, *(g.replace(" ", "/", 1) for g in _ETHNIC_GROUPS
                                                  if len(g.split()) == 2)])

# Degrees, professional qualifications and registrations written after an author's name: never a
# person. Letters short enough to be someone's initials ("MA", "RN") are left out.
QUALIFICATIONS: Final = """
PhD; DPhil; MSc; BSc; MPhil; MRes; MEd; BEd; LLB; LLM; MBChB; MBBS; DClinPsy; EdD; PGCE; PgCert; PGCert;
PgCert HE; PGCert HE; PgDip; PGDip; DipSW; Dip SW; Dip.SW; CQSW; AASW; RSCN; FRCPCH; MRCPCH; MRCGP; FRCGP;
FRCPsych; MRCPsych; Hons; (Hons); BA (Hons); BSc (Hons); Dip.Crim; DipCrim; Dip. Crim; BNSc
"""

# Hotel chains, where families are placed in an emergency ("The mother stayed at Travelodge Crawley").
HOTELS: Final = """
Best Western; Days Inn; Holiday Inn; Holiday Inn Express; Ibis; Ibis Budget; Jurys Inn; Novotel; Premier Inn;
Travelodge; YHA
"""

# Faiths and their people, feasts and places of worship, as reviews record a family's religion ("the mother was
# Muslim", "a Jehovah's Witness"). A word that is also a common name ("Christian", "Islam", "Jain", "Temple") is
# left to the name rules.
RELIGIONS: Final = """
Muslim; Muslims; Islamic; Sunni Muslim; Shia Muslim; Sikh; Sikhs; Sikhism; Hindu; Hindus; Hinduism; Buddhist;
Buddhists; Buddhism; Jewish; Judaism; Orthodox Jewish; Haredi; Charedi; Christianity; Catholic; Catholics;
Roman Catholic; Protestant; Anglican; Church of England; Methodist; Baptist; Pentecostal; Evangelical;
Greek Orthodox; Russian Orthodox; Coptic; Orthodox; Eritrean Orthodox; Ethiopian Orthodox; Coptic Orthodox;
Jehovah's Witness; Jehovah's Witnesses; Jehovah\u2019s Witness;
Jehovah\u2019s Witnesses; Mormon; Latter-day Saints; Rastafarian; Rastafari; Quaker; Quakers;
Seventh-day Adventist; Zoroastrian; Bah\u00e1'\u00ed; Baha'i; Wiccan; Atheist; Eid; Ramadan; Diwali; Vaisakhi;
Hanukkah; Passover; Yom Kippur; Rosh Hashanah; Christmas; Sabbath; Shabbat; Quran; Qur'an; Koran; Bible; Torah;
Madrasa; Madrassa; Gurdwara; Mosque; Synagogue; Allah; Prophet Muhammad; Beth Din; Shomrim; Hatzola; Hatzolah;
Yeshiva; Kollel; Rebbe; Hasidic; Chasidic; Sephardi; Sephardic; Ashkenazi
"""

# Languages families speak in England, and the sign languages, as reviews record a family's first language or the
# interpreter booked ("the family spoke Urdu and Punjabi", "an interpreter for Tigrinya"). A language's name that
# is also a common name ("Tamil", "Shona", "Dari", "Welsh") is left to the name rules.
LANGUAGES: Final = """
Urdu; Punjabi; Panjabi; Mirpuri; Pahari; Pothwari; Bengali; Bangla; Sylheti; Gujarati; Hindi; Telugu;
Malayalam; Kannada; Marathi; Nepali; Sinhala; Sinhalese; Pashto; Pushto; Farsi; Persian; Kurdish; Sorani;
Kurmanji; Arabic; Turkish; Somali; Tigrinya; Amharic; Oromo; Swahili; Kiswahili; Lingala; Ndebele;
Xhosa; Yoruba; Igbo; Hausa; Edo; Bini; Krio; Wolof; Hiligaynon; Romanes; Badini; Tetum; Ilocano; Cebuano; Mandinka;
Luganda; Kinyarwanda;
Polish; Romanian; Lithuanian; Latvian; Slovak; Czech; Hungarian; Bulgarian; Albanian; Russian; Ukrainian;
Portuguese; Spanish; Italian; Dutch; Romani; Romany; Mandarin; Cantonese; Hakka;
Vietnamese; Tagalog; Filipino; Indonesian; Japanese; Korean; Hebrew; Yiddish; Gaelic;
Scots Gaelic; Irish Gaelic; Patois; Jamaican Patois; Creole; British Sign Language; BSL; Makaton;
Sign Supported English
"""

GROUPS: Final = (AGENCIES_AND_TEAMS, ROLES, REVIEW_VOCABULARY, LEGAL_AND_PROCESS, CONDITIONS,
                 LEGISLATION_AND_GUIDANCE, GENERIC_TERMS, NATIONS_AND_REGIONS, NATIONAL_POLICE, ARMED_FORCES,
                 DOCUMENT_STRUCTURE, SOFTWARE_AND_FIELD_CODES, ANIMALS, ETHNICITIES, QUALIFICATIONS, HOTELS, MEDICINES,
                 RELIGIONS, LANGUAGES)


def phrases() -> list[str]:
    """Every keep phrase, sorted and unique (the exact spelling kept; duplicates by case kept too)."""
    found: set[str] = set()
    for group in GROUPS:
        text = " ".join(line.strip() for line in group.strip().splitlines())
        found |= {p.strip() for p in text.split(";") if p.strip()}
    return sorted(found)


def main() -> None:
    """Write ``keep_vocabulary.txt``."""
    entries = phrases()
    (DATA_DIR / "keep_vocabulary.txt").write_text("".join(f"{p}\n" for p in entries), encoding="utf-8")
    print(f"keep_vocabulary.txt: {len(entries)} phrases", file=sys.stderr)


if __name__ == "__main__":
    main()
