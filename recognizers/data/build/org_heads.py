"""Build ``org_head_words.txt``: the words that end a UK organisation's name, with the kind they imply.

Run from the project root::

    .venv/bin/python recognizers/data/build/org_heads.py

Hand-curated from general knowledge of how UK schools, GP practices, NHS bodies, councils, police
forces, children's homes, charities and companies are named. Each line is ``head<TAB>kind``; the
longest head that ends a name decides its kind ("Sandford Teaching Hospitals NHS Trust" -> hospital).
Heads marked ``*`` in the tables below are "weak": they make an organisation name only with a context
cue (a house name is a children's home only when the text says "placed at", "residential" ...). The
star is written to the file as a third column, ``weak``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

HEADS: Final[dict[str, str]] = {
    "school": """
School; Primary School; Junior School; Juniors School; Infant School; Infants School; Infant and Nursery School;
Junior and Infant School; Primary and Nursery School; Nursery and Infant School; Primary Academy;
Junior Academy; Infant Academy; Academy; High School; Secondary School; Grammar School; Community School;
Community Primary School; Community High School; Special School; Free School; Studio School; Middle School;
First School; Prep School; Preparatory School; Catholic Primary School; Catholic High School;
Catholic School; Catholic College; CE Primary School; CofE Primary School; C of E Primary School;
Church of England Primary School; RC Primary School; Methodist Primary School; Primary; Juniors; Infants;
Academy Trust; Multi-Academy Trust; Multi Academy Trust; Learning Trust; Schools Trust; Education Trust;
Pupil Referral Unit; Short Stay School; Learning Centre; Learning Hub; Education Centre; School and Sixth Form;
Academy and Sixth Form; Girls' School; Boys' School; School for Girls; School for Boys""",
    "college": """
College; Sixth Form College; Sixth Form; Sixth Form Centre; Further Education College; Community College;
University Technical College; UTC; University; Institute of Technology""",
    "nursery": """
Nursery; Day Nursery; Nursery School; Pre-School; Preschool; Pre-school; Playgroup; Kindergarten;
Children's Centre; Childrens Centre; Children’s Centre; Montessori; Montessori Nursery; Creche; Crèche;
Childcare; Day Care; Daycare; Out of School Club; Breakfast Club""",
    "gp": """
Surgery; Medical Centre; Health Centre; Medical Practice; Group Practice; Family Practice; *Practice;
Healthcare Centre; Primary Care Centre; Medical Group; Health Practice; Doctors Surgery; Doctors' Surgery;
Family Health Centre; Medical Partnership; GP Practice""",
    "hospital": """
Hospital; Hospitals; Hospital for Children; Hospital for Sick Children; Hospital for Women; Infirmary;
Royal Infirmary; NHS Trust; NHS Foundation Trust; Foundation Trust;
Healthcare NHS Trust; Healthcare NHS Foundation Trust; Teaching Hospitals NHS Trust;
Teaching Hospitals NHS Foundation Trust; University Hospitals NHS Trust; Partnership NHS Foundation Trust;
Health Board; University Health Board; Health and Social Care Trust; Mental Health Trust; Healthcare Trust;
Care Trust; Hospital Trust; Hospitals Trust; Hospital NHS Trust; Hospitals NHS Trust; Partnership Trust;
Community Health Services; Clinical Commissioning Group; Primary Care Trust; Integrated Care Board;
Clinic; Hospice; Children's Hospital; Maternity Unit; Birth Centre; Medical School; Neonatal Unit;
Neonatal Intensive Care Unit; Special Care Baby Unit; Paediatric Intensive Care Unit; Children's Ward""",
    "council": """
Council; Borough Council; City Council; County Council; District Council; Metropolitan Borough Council;
Metropolitan District Council; Metropolitan Council; City and County Council; County Borough Council;
Town Council; Parish Council; MBC""",
    "police": """
Police; Constabulary; Police Service; Police Force""",
    "court": """
Crown Court; Magistrates' Court; Magistrates Court; Magistrates’ Court; Family Court; County Court;
Youth Court; Combined Court; Combined Court Centre; Family Proceedings Court; Coroner's Court;
Coroners Court; Justice Centre""",
    "childrens_home": """
Children's Home; Childrens Home; Children’s Home; Residential Home; Care Home; Residential Unit;
Secure Unit; Secure Children's Home; Supported Housing; Supported Living; Semi-Independent Unit;
Assessment Centre; *House; *Lodge; *Cottage; *Cottages; *Grange; *Manor; *Villa; *Hall;
*Farm; *View; Hostel; Foyer; Refuge""",
    "charity": """
*Trust; *Foundation; Project; Charity; *Society; *Association; Women's Aid; Womens Aid; Women’s Aid;
*Federation; *Network; *Alliance; CIC; Community Interest Company; Support Group; Youth Project;
Food Bank; Foodbank; Citizens Advice; Mind; Homestart; Home-Start; Advocacy; Recovery Service; Recovery Services;
Drug and Alcohol Service; Substance Misuse Service; Domestic Abuse Service; Domestic Abuse Services;
Domestic Violence Service; Domestic Violence Services;
Drug and Alcohol Services; Drug and Alcohol Team; Community Drug and Alcohol Team; Substance Misuse Services;
Substance Misuse Team; Alcohol Service; Recovery Hub; Recovery Centre; Recovery Partnership; Young Carers;
Young Carers Service; Young Carers Project; *Taskforce; *Task Force; Advocacy Service; Advocacy Services;
Outreach Service; *Hub; *Outreach; *Collective; *Counselling; Counselling Service; Return Home Service;
Return Home Interview Service""",
    "company": """
Ltd; Ltd.; Limited; plc; PLC; Plc; LLP; Inc; Inc.; & Co; & Co.; and Co; & Sons; and Sons; *Group;
Holdings; Solicitors; Associates; Motors; Garage; Taxis; Cabs; Removals; Builders; Recruitment;
Staffing; Staffing Services; Staffing Solutions; Recruitment Agency; Employment Agency; Labour Solutions;
Distribution; Logistics; Fulfilment; Warehousing; Minibus Services; Minibuses; Coaches; Transport Services;
*Security; Care Services; Care Ltd; Fostering Ltd; Fostering Services; Fostering Agency; Homecare; Pharmacy;
Chemist; Chemists; Tuition; Tutoring; Tutors; Lettings; Letting Agents; Estate Agents; Private Hire; Autos;
Barbers; Barbershop; Nursing; Nursing Agency; Hotel; Guest House; Guesthouse; Bed and Breakfast; B&B;
Inn; Arms; Tavern; Public House""",
    "housing": """
Housing Trust; Housing Association; *Homes; Housing; Housing Group; Housing Partnership; Housing Society;
Housing Co-operative; Caravan Site; Caravan Park; Holiday Park; Mobile Home Park; Travellers' Site; Traveller Site;
Travellers Site; Gypsy and Traveller Site""",
    "religious": """
Church; Chapel; Mosque; Masjid; Temple; Gurdwara; Synagogue; Kingdom Hall; Cathedral; Madrassa; Madrasa;
Madrasah; Islamic Centre; *Mission; Tabernacle; *Fellowship; Ministries; *Assembly""",
    "emergency": """
Fire and Rescue Service; Fire & Rescue Service; Fire and Rescue Services; Fire and Rescue; Fire & Rescue;
Fire Service; Fire Brigade; Ambulance Service; Ambulance Trust""",
    "gang": """
*Boys; Mandem; Gang; *Crew; *Squad; Youngers; Olders""",
    "prison": """
Prison; HMP; Young Offender Institution; YOI; Secure Training Centre; Detention Centre;
Immigration Removal Centre""",
    "centre": """
Leisure Centre; Community Centre; Sports Centre; Youth Centre; *Centre; Contact Centre; Resource Centre; Family Hub;
Family Hubs; Visits Hub; Visitors' Centre; Visitor Centre;
Day Centre; Day Opportunities; Day Services; Day Service; Family Centre; Youth Club; Boys' Club; Football Club; FC; AFC;
Rugby Club; Boxing Club; Cricket Club;
Athletic Club; Gym; Scouts; Guides; Homework Club; Social Club; Working Men's Club; Golf Club; Swimming Club;
Judo Club; Karate Club; Deaf Club; Taekwondo Club; Martial Arts Club; Swimming and Diving Club; Snooker Club;
Youth Group; Fitness; Fitness Centre; Netball Club; Kickboxing Club;
Basketball Club; Hockey Club; Gymnastics Club; Athletics Club; Amateur Boxing Club; ABC; Dance Academy; Dance School""",
}


def lines() -> list[str]:
    """Every ``head<TAB>kind[<TAB>weak]`` line, sorted; a head listed twice keeps its first kind."""
    seen: dict[str, str] = {}
    for kind, block in HEADS.items():
        for raw in block.replace("\n", " ").split(";"):
            head = raw.strip()
            if not head:
                continue
            weak = head.startswith("*")
            head = head.lstrip("*")
            seen.setdefault(head, f"{head}\t{kind}" + ("\tweak" if weak else ""))
    return sorted(seen.values())


def main() -> None:
    """Write ``org_head_words.txt``."""
    entries = lines()
    (DATA_DIR / "org_head_words.txt").write_text("".join(f"{e}\n" for e in entries), encoding="utf-8")
    print(f"org_head_words.txt: {len(entries)} heads", file=sys.stderr)


if __name__ == "__main__":
    main()
