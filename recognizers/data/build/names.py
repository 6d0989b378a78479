"""Build ``first_names.txt`` and ``surnames.txt`` from names-dataset plus a hand-curated supplement.

Run from the project root (takes about a minute and 4 GB of memory, deterministic)::

    .venv/bin/python recognizers/data/build/names.py

Source: names-dataset 3.3.1 (MIT; Philippe Remy), a frequency-ranked list of first and last names per
country. For each country whose people live in the UK in numbers (the UK itself and its diaspora
sources: Ireland, South Asia, Eastern Europe, West and East Africa, the Caribbean, Turkey, the Middle
East, China, Southern Europe, ...) we keep every name ranked within that country's top ``N``. Countries
the dataset lacks (Pakistan, Sri Lanka, Romania, Somalia, Vietnam, Eritrea, Latvia, Ukraine) are covered
through neighbours and diaspora countries (Moldova for Romanian, Djibouti, Sweden and Norway for Somali,
Macau and Canada for Vietnamese ...) and by the hand-curated ``SUPPLEMENT_*`` lists below (general
knowledge of common names in those communities; not taken from any case material).

Names are kept when made of letters with inner apostrophes or hyphens, written in Latin script, and
at least two letters long; they are written in Title case. A name with diacritics is kept as it is and
also with the diacritics folded away ("Łukasz" and "Lukasz"), since English drafts often drop them.
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent
MAX_PLAIN_BYTES: Final = 1_000_000

# Country (ISO alpha-2) -> keep names ranked 1..N there. Both first names and surnames use these limits.
TOP_N: Final[dict[str, int]] = {
    # UK, Ireland and the English-speaking diaspora (Caribbean, African and Vietnamese communities too).
    "GB": 10000, "IE": 6000, "US": 8000, "CA": 4000,
    # South Asia (Pakistani names are covered through India, Bangladesh, Afghanistan and the Gulf).
    "IN": 8000, "BD": 5000, "AF": 3000,
    # Arabic-speaking countries, Iran and Iraq (Arabic, Persian and Kurdish names).
    "AE": 3000, "SA": 3000, "QA": 1500, "KW": 1500, "OM": 1500, "BH": 1500, "YE": 2000, "JO": 2000,
    "LB": 2000, "PS": 2000, "SY": 3000, "IQ": 4000, "EG": 3000, "LY": 2000, "TN": 2000, "DZ": 2000,
    "MA": 3000, "SD": 3000, "IR": 4000,
    # Eastern and Central Europe (Moldova stands in for Romania).
    "PL": 6000, "MD": 4000, "LT": 4000, "EE": 2000, "RU": 3000, "BG": 3000, "CZ": 3000, "HU": 3000,
    "HR": 2000, "RS": 2000, "SI": 1500, "AL": 3000, "GR": 3000, "GE": 1000, "KZ": 1000,
    # Africa (Djibouti and Ethiopia cover Somali, Amharic and Tigrinya names).
    "NG": 10000, "GH": 5000, "CM": 3000, "ZA": 4000, "NA": 1000, "BW": 1000, "ET": 3000, "DJ": 3000,
    "BI": 1000, "AO": 1000, "BF": 1000,
    # Caribbean.
    "JM": 4000, "HT": 2000,
    # Turkey and Cyprus.
    "TR": 5000, "CY": 2000,
    # Chinese-speaking countries and South-East Asia (Macau holds many Vietnamese names).
    "CN": 3000, "HK": 3000, "TW": 2000, "SG": 2000, "MY": 3000, "MO": 2000, "PH": 2000, "ID": 1000,
    "KH": 500, "JP": 1000, "KR": 1000,
    # Southern and Western Europe.
    "PT": 4000, "BR": 3000, "IT": 5000, "ES": 3000, "FR": 3000, "DE": 3000, "NL": 2000, "BE": 1500,
    "MT": 1000,
    # Nordic and Alpine countries: their top names include the Somali, Kurdish, Eritrean, Albanian and
    # Romanian diaspora.
    "SE": 3000, "NO": 3000, "DK": 2000, "FI": 1000, "CH": 2000, "AT": 2000,
    # Latin America (a little).
    "MX": 1000, "CO": 1000,
}

# Words the dataset lists as names that are only ever vocabulary in a UK safeguarding review.
NOT_NAMES: Final = frozenset({
    "A", "An", "And", "Of", "The", "To", "In", "On", "At", "For", "By", "With", "From", "Or", "Not",
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Madam", "Mum", "Mummy", "Dad", "Daddy", "Nan", "Nana",
    "Mother", "Father", "Sister", "Brother", "Baby", "Child", "Children", "Boy", "Girl", "Son",
    "Daughter", "Unknown", "None", "Null", "Test", "Police", "Council", "School", "Nurse", "Doctor",
    "Social", "Worker", "Officer", "Authority", "Local", "Care", "Review", "Panel", "Plan", "Section",
    "Order", "Serious", "Significant", "Harm", "Team", "Service", "Services", "Health", "Hospital",
    "Court", "Case", "Learning", "Point", "Key", "Findings", "Lessons", "January", "February",
    "March", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Christmas", "Easter",
})
# Surnames that are also in NOT_NAMES but are real British surnames, kept in surnames.txt.
# Countries the dataset lists as first names that no one is called ("He left Afghanistan in 2021"); a country that
# is a first name too ("Jordan", "Georgia", "Kenya", "Chad") stays.
COUNTRIES_NO_ONE_IS_CALLED: Final = frozenset({
    "Afghanistan", "Albania", "Angola", "Armenia", "Benin", "Burundi", "Canada", "Chile", "Croatia", "Cyprus",
    "Denmark", "Djibouti", "Ethiopia", "Ghana", "Ireland", "Libya", "Macao", "Malta", "Moldova", "Montenegro",
    "Nepal", "Poland", "Portugal", "Singapore", "Spain", "Sudan", "Sweden", "Taiwan", "Yemen",
})

REAL_SURNAMES: Final = frozenset({
    "Court", "Case", "Child", "Nurse", "Key", "March", "Christmas", "Easter", "Sunday", "Friday",
    "Brother", "Sister", "Baby", "Social",
})

# Hand-curated: common given names in UK communities the dataset covers thinly.
SUPPLEMENT_FIRST: Final = (
    "Abdi", "Abdirahman", "Abdullahi", "Abdulkadir", "Abdiaziz", "Abdiwali", "Ahmed", "Ayaan", "Ayan",
    "Bashir", "Deeqa", "Faduma", "Fartun", "Filsan", "Hamdi", "Hibaaq", "Hodan", "Ifrah", "Ilhan",
    "Idil", "Istahil", "Jama", "Kaltun", "Khadra", "Layla", "Liban", "Maryan", "Muna", "Mohamud", "Mustafe",
    "Najma", "Nasra", "Nimco", "Qamar", "Sagal", "Sahra", "Sadia", "Samatar", "Ubah", "Warsame", "Xaawo",
    "Yasmin", "Zamzam", "Zahra", "Zakariye", "Guled", "Hamse", "Hanad", "Ilyas", "Osman", "Muhammad",
    "Mohammed", "Mohammad", "Mohamed", "Imran", "Asif", "Tariq", "Zahid", "Shahid", "Nadeem", "Naveed",
    "Faisal", "Kashif", "Adeel", "Usman", "Bilal", "Hamza", "Zain", "Zayn", "Ayesha", "Aisha", "Sana", "Nadia",
    "Shazia", "Rubina", "Nasreen", "Samina", "Tahira", "Fozia", "Farzana", "Shabana", "Parveen", "Razia",
    "Rukhsana", "Sobia", "Saima", "Uzma", "Amna", "Hira", "Iqra", "Mehwish", "Noor", "Zainab", "Fatima",
    "Maryam", "Haroon", "Junaid", "Waqas", "Waseem", "Wasim", "Zubair", "Zeeshan", "Arslan", "Ahsan", "Rizwan",
    "Irfan", "Kamran", "Sajid", "Sajjad", "Shoaib", "Tahir", "Yasir", "Yaseen", "Abdul", "Abdullah", "Rehan",
    "Rayyan", "Ibrahim", "Ismail", "Musa", "Yusuf", "Yousuf", "Idris", "Hassan", "Hussain", "Tharshini",
    "Kavitha", "Nirosha", "Dilani", "Chamari", "Dinesh", "Nuwan", "Kasun", "Chaminda", "Sanjeewa", "Thushara",
    "Lahiru", "Tharindu", "Thilini", "Nadeeka", "Sanduni", "Dilshan", "Ruwan", "Pradeep", "Thusitha", "Janaki",
    "Sivakumar", "Thayalan", "Kajan", "Mathusha", "Abinaya", "Thanuja", "Luxshan", "Kirushanth", "Nilukshi",
    "Dushyanthi", "Prasanna", "Mahesh", "Gayathri", "Vithusha", "Andrei", "Alexandru", "Ionut", "Ionel",
    "Mihai", "Florin", "Cristian", "Bogdan", "Catalin", "Constantin", "Costel", "Marian", "Marius", "Ionela",
    "Mihaela", "Andreea", "Alexandra", "Ioana", "Raluca", "Roxana", "Georgiana", "Florentina", "Daniela",
    "Gabriela", "Larisa", "Denisa", "Bianca", "Madalina", "Alina", "Oana", "Loredana", "Claudiu", "Adrian",
    "Sorin", "Vasile", "Gheorghe", "Dumitru", "Nicu", "Radu", "Anh", "Minh", "Linh", "Thanh", "Huong", "Hoa",
    "Lan", "Mai", "Tuan", "Hung", "Duc", "Dung", "Quang", "Trang", "Thao", "Phuong", "Hieu", "Long", "Nam",
    "Hai", "Thuy", "Ngoc", "Hanh", "Hang", "Trung", "Khanh", "Thu", "Vy", "Vinh", "Huy", "Hoang", "Tam",
    "Tien", "Bao", "Khoa", "Phuc", "Tesfaye", "Tekle", "Haile", "Berhane", "Kidane", "Mehari", "Yonas",
    "Semhar", "Senait", "Selam", "Yohannes", "Filmon", "Robel", "Awet", "Rahel", "Helen", "Saron", "Mebrat",
    "Eden", "Abel", "Samuel", "Dawit", "Daniel", "Kibrom", "Kiflom", "Tesfalem", "Mulugeta", "Haben", "Luwam",
    "Ruta", "Rebin", "Rekan", "Karwan", "Hemin", "Dilan", "Shilan", "Rojin", "Zhilwan", "Sherwan", "Hawre",
    "Soran", "Kawa", "Aram", "Aso", "Shvan", "Hersh", "Dara", "Rozh", "Zana", "Barzan", "Hevi", "Nishtiman",
    "Roj", "Rezan", "Bryar", "Dyar", "Hardi", "Hawkar", "Ranj", "Rawand", "Peshawa", "Sarkawt", "Oleksandr",
    "Oleksiy", "Oleksii", "Mykola", "Mykhailo", "Andriy", "Andrii", "Volodymyr", "Yuliia", "Yulia", "Oksana",
    "Olena", "Kateryna", "Iryna", "Tetiana", "Nataliia", "Viktoriia", "Anastasiia", "Bohdan", "Taras",
    "Yaroslav", "Vitalii", "Serhii", "Dmytro", "Maksym", "Janis", "Andris", "Kristaps", "Ilze", "Inese",
    "Liga", "Kristine", "Edgars", "Martins", "Raivis", "Arturs", "Aivars", "Ieva", "Zane", "Laura", "Ardit",
    "Besnik", "Arben", "Endrit", "Flamur", "Blerim", "Fatmir", "Agim", "Ilir", "Valbona", "Elira", "Erjon",
    "Klodian", "Kristi", "Arlind", "Siobhán", "Aoife", "Niamh", "Caoimhe", "Saoirse", "Oisín", "Oisin", "Cian",
    "Ciarán", "Ciaran", "Tadhg", "Róisín", "Roisin", "Aisling", "Gráinne", "Grainne", "Sinéad", "Sinead",
    "Eimear", "Clodagh", "Orla", "Fionnuala", "Fiachra", "Pádraig", "Padraig", "Seán", "Sean", "Éanna",
    "Ailbhe", "Bríd", "Brid", "Ciara", "Deirdre", "Dervla", "Eabha", "Eoin", "Eoghan", "Fionn", "Laoise",
    "Máire", "Meabh", "Méabh", "Muireann", "Nuala", "Odhran", "Órla", "Rónán", "Ronan", "Ruairí", "Ruairi",
    "Sadhbh", "Síle", "Sorcha", "Treasa", "Úna", "Una", "Darragh", "Cathal", "Colm", "Dafydd", "Gwyn", "Rhys",
    "Emyr", "Iwan", "Gethin", "Cerys", "Eleri", "Angharad", "Ffion", "Lowri", "Nia", "Rhiannon", "Siân",
    "Sian", "Bethan", "Carys", "Gwenllian", "Llinos", "Meinir", "Aled", "Alun", "Bryn", "Cadi", "Cai",
    "Deiniol", "Dylan", "Elin", "Elis", "Esyllt", "Geraint", "Glesni", "Gruffydd", "Gwen", "Gwion", "Heledd",
    "Hywel", "Ifan", "Ioan", "Llew", "Llŷr", "Mabli", "Macsen", "Manon", "Mared", "Math", "Megan", "Morgan",
    "Nerys", "Osian", "Owain", "Rhodri", "Rhydian", "Steffan", "Sioned", "Tomos", "Trystan", "Tudur", "Ynyr",
    "Eilidh", "Mhairi", "Morag", "Catriona", "Seonaid", "Iain", "Hamish", "Ruaridh", "Ruairidh", "Calum",
    "Lachlan", "Fraser", "Kirsty", "Isla", "Ailsa", "Ainslie", "Alasdair", "Alistair", "Angus", "Callum",
    "Euan", "Ewan", "Fergus", "Finlay", "Fiona", "Gregor", "Innes", "Kenna", "Kirsteen", "Lorna", "Murdo",
    "Niall", "Rhona", "Rona", "Shona", "Struan", "Torquil", "Kerry-Ann", "Leigh-Ann", "Mary-Jane", "Lily-Mae",
    "Lilly-Mae", "Ellie-Mae", "Lacey-Mae", "Amelia-Rose", "Evie-Mae", "Tia-Mai", "Jean-Paul", "Jean-Pierre",
    "Jean-Luc", "Jean-Claude", "Marie-Claire", "Anne-Marie", "Rose-Marie", "Jo-Anne", "Lee-Ann", "Kai-Jonas",
    "Kayden", "Kaiden", "Jayden", "Jaiden", "Brayden", "Aiden", "Aidan", "Kyle", "Kieran", "Keiran", "Tyler",
    "Taylor", "Reece", "Chinonso", "Chidi", "Chidera", "Chiamaka", "Chinedu", "Chioma", "Chukwuemeka", "Emeka",
    "Ifeoma", "Ngozi", "Nkechi", "Obinna", "Oluwaseun", "Olumide", "Oluwatobi", "Tobi", "Tolu", "Temitope",
    "Adebayo", "Ayodele", "Funmilayo", "Folasade", "Kehinde", "Taiwo", "Yetunde", "Kwame", "Kwabena", "Kofi",
    "Kojo", "Kwaku", "Kwesi", "Yaw", "Akua", "Ama", "Abena", "Adwoa", "Afua", "Efua", "Yaa", "Esi", "Akosua",
    "Nana", "Tafadzwa", "Tendai", "Tatenda", "Farai", "Rutendo", "Chipo", "Nyasha", "Tinashe", "Kudzai",
    "Rudo", "Simba", "Tapiwa", "Chiedza", "Blessing", "Precious", "Gift", "Comfort", "Mercy", "Favour",
    "Godwin", "Goodluck", "Patience", "Prosper", "Peace", "Joy", "Faith", "Charity", "Marvellous", "Grzegorz",
    "Łukasz", "Lukasz", "Małgorzata", "Malgorzata", "Agnieszka", "Katarzyna", "Wojciech", "Krzysztof",
    "Przemysław", "Zbigniew", "Jarosław", "Jaroslaw", "Mirosław", "Miroslaw", "Paweł", "Pawel", "Michał",
    "Michal", "Kacper", "Szymon", "Wiktoria", "Zuzanna", "Zofia", "Aurimas", "Darius", "Giedrius", "Mindaugas",
    "Tomas", "Rūta", "Aušra", "Ausra", "Vaida", "Jurgita", "Egle", "Eglė", "Gintarė", "Inga", "Mehmet",
    "Mustafa", "Emre", "Murat", "Hakan", "Burak", "Cem", "Deniz", "Elif", "Zeynep", "Ayşe", "Ayse", "Emine",
    "Fatma", "Hatice", "Merve", "Sevgi", "Wei", "Jing", "Li", "Ming", "Hui", "Xin", "Yan", "Jun", "Hao", "Yu",
    "Zhi", "Lei", "Fang", "Ying", "Xiao", "Jia", "Mei", "Ling", "Chen", "Hong", "Kit", "Wai", "Ka", "Kai",
    "Shu", "Siu", "Man", "Yuk", "Chun",
)

# Hand-curated: common surnames in UK communities the dataset covers thinly, and the Irish and
# Goan/Indian forms with an apostrophe (the dataset drops apostrophes: "Oneill").
SUPPLEMENT_SURNAMES: Final = (
    "Abdi", "Abdullahi", "Abdulle", "Adan", "Aden", "Ahmed", "Ali", "Awale", "Aw-Musse", "Barre", "Dahir",
    "Dualeh", "Duale", "Egal", "Elmi", "Farah", "Gedi", "Guled", "Hersi", "Hirsi", "Hussein", "Ismail", "Jama",
    "Jibril", "Mohamud", "Mohamed", "Muse", "Mussa", "Nur", "Nuur", "Omar", "Osman", "Qasim", "Samatar",
    "Shire", "Warsame", "Yusuf", "Yassin", "Abdirahman", "Abdillahi", "Haji", "Jimale", "Kahin", "Mahamud",
    "Khan", "Hussain", "Akhtar", "Bibi", "Begum", "Iqbal", "Mahmood", "Mahmud", "Rashid", "Raza", "Butt",
    "Chaudhry", "Chaudhary", "Choudhury", "Qureshi", "Malik", "Sheikh", "Shaikh", "Mirza", "Shah", "Bashir",
    "Anwar", "Aslam", "Javed", "Javaid", "Zaman", "Rehman", "Rahman", "Hanif", "Latif", "Majid", "Nawaz",
    "Parveen", "Rafiq", "Rauf", "Riaz", "Saleem", "Salim", "Sarwar", "Shafiq", "Siddiqui", "Tariq", "Yaqoob",
    "Yousaf", "Zafar", "Ahmad", "Arshad", "Ashraf", "Aziz", "Ghani", "Hameed", "Hamid", "Kayani", "Mughal",
    "Rana", "Sattar", "Sadiq", "Perera", "Fernando", "Silva", "De-Silva", "Jayawardena", "Jayawardene",
    "Wickramasinghe", "Wickremesinghe", "Bandara", "Dissanayake", "Gunawardena", "Gunawardene", "Rajapaksa",
    "Ratnayake", "Senanayake", "Herath", "Wijesinghe", "Karunaratne", "Jayasuriya", "Jayasinghe",
    "Amarasinghe", "Ranasinghe", "Weerasinghe", "Liyanage", "Pathirana", "Samarasinghe", "Sivakumar",
    "Thevarajah", "Rajendran", "Balasingham", "Kandiah", "Selvarajah", "Nadarajah", "Yogarajah", "Sritharan",
    "Kanagaratnam", "Sivanesan", "Thurairajah", "Ponnampalam", "Arulanantham", "Mahendran", "Vigneswaran",
    "Kugathasan", "Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe",
    "Matei", "Ciobanu", "Constantin", "Serban", "Rusu", "Munteanu", "Lungu", "Moldovan", "Dobre", "Tudor",
    "Barbu", "Nistor", "Florea", "Dinu", "Marin", "Mihai", "Ene", "Toma", "Sandu", "Georgescu", "Diaconu",
    "Preda", "Dragomir", "Zamfir", "Neagu", "Vasile", "Oprea", "Cristea", "Stanciu", "Anghel", "Voicu",
    "Lazar", "Iordache", "Manea", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang",
    "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai", "Trinh", "Ta", "Tesfaye", "Tekle",
    "Haile", "Berhane", "Kidane", "Gebremedhin", "Gebremichael", "Gebreyesus", "Mehari", "Tesfay", "Kahsay",
    "Woldemariam", "Habte", "Ghebremariam", "Asmerom", "Ghebreyesus", "Yohannes", "Andemariam", "Tewelde",
    "Zerai", "Ghirmay", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Koval",
    "Boyko", "Oliynyk", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Marchenko", "Kovalchuk", "Polishchuk",
    "Kovalyov", "Moroz", "Tkachuk", "Ponomarenko", "Levchenko", "Berzins", "Bērziņš", "Kalnins", "Kalniņš",
    "Ozolins", "Ozoliņš", "Jansons", "Liepins", "Liepiņš", "Krumins", "Krūmiņš", "Vitols", "Horvath",
    "Horváth", "Balog", "Balogh", "Lakatos", "Kovac", "Kováč", "Gabor", "Dudas", "Oláh", "Olah", "Rigo",
    "Sarkozi", "Kolompar", "Kotlar", "Hoxha", "Gashi", "Krasniqi", "Berisha", "Shehu", "Kelmendi", "Morina",
    "Hasani", "Bytyqi", "Rama", "Thaci", "Leka", "Dervishi", "Cela", "Okafor", "Okeke", "Okonkwo", "Nwosu",
    "Eze", "Obi", "Onyeka", "Adeyemi", "Adewale", "Adeleke", "Afolabi", "Ogunleye", "Olawale", "Oyelaran",
    "Mensah", "Boateng", "Owusu", "Asante", "Osei", "Agyeman", "Appiah", "Darko", "Acheampong", "Amoah",
    "Ansah", "Badu", "Frimpong", "Gyamfi", "Moyo", "Ncube", "Dube", "Sibanda", "Ndlovu", "Nyathi", "Mutasa",
    "Chikwanha", "Mupfumira", "Chigumba", "Mlambo", "Zvobgo", "O'Brien", "O'Connor", "O'Neill", "O'Neil",
    "O'Sullivan", "O'Donnell", "O'Reilly", "O'Rourke", "O'Connell", "O'Leary", "O'Mahony", "O'Mahoney",
    "O'Keeffe", "O'Keefe", "O'Hara", "O'Shea", "O'Callaghan", "O'Donoghue", "O'Donovan", "O'Dwyer",
    "O'Driscoll", "O'Flaherty", "O'Gorman", "O'Grady", "O'Halloran", "O'Kane", "O'Kelly", "O'Loughlin",
    "O'Malley", "O'Meara", "O'Toole", "O'Riordan", "O'Regan", "O'Hare", "O'Hagan", "O'Doherty", "O'Dowd",
    "O'Farrell", "O'Boyle", "O'Carroll", "O'Byrne", "O'Dea", "O'Mara", "O'Higgins", "O'Hanlon", "O'Neal",
    "O'Flynn", "O'Gara", "O'Brian", "O'Cleary", "O'Dell", "O'Day", "O'Hea", "O'Rahilly", "O'Shaughnessy",
    "D'Souza", "D'Sousa", "D'Cruz", "D'Mello", "D'Costa", "D'Silva", "D'Sa", "D'Arcy", "D'Angelo", "D'Almeida",
    "D'Cunha", "Nowak", "Kowalski", "Kowalska", "Wiśniewski", "Wisniewski", "Wójcik", "Wojcik", "Kowalczyk",
    "Kamiński", "Kaminski", "Lewandowski", "Zieliński", "Zielinski", "Szymański", "Szymanski", "Woźniak",
    "Wozniak", "Dąbrowski", "Dabrowski", "Kozłowski", "Kozlowski", "Jankowski", "Mazur", "Kwiatkowski",
    "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Pawlowski", "Michalski", "Kazlauskas",
    "Jankauskas", "Petrauskas", "Stankevičius", "Stankevicius", "Vasiliauskas", "Žukauskas", "Zukauskas",
    "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Baranauskas", "Navickas", "Ramanauskas", "Sadauskas",
    "Mockus", "Yilmaz", "Yılmaz", "Kaya", "Demir", "Şahin", "Sahin", "Çelik", "Celik", "Yıldız", "Yildiz",
    "Yıldırım", "Yildirim", "Öztürk", "Ozturk", "Aydın", "Aydin", "Özdemir", "Ozdemir", "Arslan", "Doğan",
    "Dogan", "Kılıç", "Kilic", "Aslan", "Çetin", "Cetin", "Kara", "Koç", "Koc", "Kurt", "Özkan", "Ozkan",
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Tang", "Han", "Cao", "Deng", "Feng",
    "Zeng", "Peng", "Xiao", "Cai", "Pan", "Tian", "Dong", "Yuan", "Jiang", "Ye", "Wei", "Cheung", "Chan",
    "Wong", "Leung", "Lau", "Lee", "Ng", "Tsang", "Yeung", "Chow", "Kwok", "Lai", "Tam", "Fung", "Mak", "Siu",
    "Yip", "Choi", "Cheng", "Chung", "Kwan", "Lo", "Ko", "Tse", "Yu", "Au",
)

_NAME_RE: Final = re.compile(r"^[^\W\d_]+(?:['\u2019-][^\W\d_]+)*$")
_FOLD_EXTRA: Final = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                    "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


def _is_latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin letter."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def fold(name: str) -> str:
    """The name with diacritics removed ("Łukasz" -> "Lukasz", "Siobhán" -> "Siobhan")."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def title(name: str) -> str:
    """Title case that keeps Mc/Mac/O' capitals where the source had them ("O'Neill", "McDonald")."""
    name = name.replace("\u2019", "'")
    if any(c.isupper() for c in name[1:]) and name[:1].isupper():
        return name  # already mixed case on purpose ("McDonald", "DeShawn")
    return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'")) for part in name.split("-"))


def clean(names: Iterable[str]) -> set[str]:
    """Keep plausible Latin-script names and add diacritic-free spellings."""
    out: set[str] = set()
    for raw in names:
        name = title(raw.strip())
        if len(name) < 2 or not _NAME_RE.match(name) or not _is_latin(name):
            continue
        out.add(name)
        folded = fold(name)
        if folded != name and _NAME_RE.match(folded) and folded.isascii():
            out.add(folded)
    return out


def select(table: dict[str, dict[str, object]]) -> set[str]:
    """Names ranked within ``TOP_N`` in at least one selected country."""
    chosen: set[str] = set()
    for name, info in table.items():
        ranks = info.get("rank") or {}
        assert isinstance(ranks, dict)
        if any(isinstance(r, int) and r <= TOP_N.get(c, 0) for c, r in ranks.items()):
            chosen.add(name)
    return chosen


def write(path: Path, names: set[str]) -> None:
    """Write one name a line, sorted by code point; gzip (reproducibly) when over 1 MB."""
    data = "".join(f"{n}\n" for n in sorted(names)).encode("utf-8")
    packed = path.with_name(path.name + ".gz")
    path.unlink(missing_ok=True)
    packed.unlink(missing_ok=True)
    if len(data) > MAX_PLAIN_BYTES:
        packed.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        print(f"{packed.name}: {len(names)} names", file=sys.stderr)
    else:
        path.write_bytes(data)
        print(f"{path.name}: {len(names)} names", file=sys.stderr)


def main() -> None:
    """Load names-dataset once and write both lists."""
    from names_dataset import NameDataset  # build-time only; the runtime never imports it

    dataset = NameDataset()
    first = clean(select(dataset.first_names) | set(SUPPLEMENT_FIRST))
    last = clean(select(dataset.last_names) | set(SUPPLEMENT_SURNAMES))
    first -= NOT_NAMES | COUNTRIES_NO_ONE_IS_CALLED
    last -= NOT_NAMES - REAL_SURNAMES
    write(DATA_DIR / "first_names.txt", first)
    write(DATA_DIR / "surnames.txt", last)


if __name__ == "__main__":
    main()
