"""Generator of realistic, varied draft case reviews with exact ground truth (the generalisation benchmark).

Names, places and numbers come from Faker and from lists written here, never from ``recognizers/data``,
so the engine cannot have been fitted to them. Modules:

* ``model``: documents as blocks of pieces (plain text, mentions, keep spans) rendered to draft.txt
  with exact offsets;
* ``identifiers``: UK and international identifier formats (with check digits where they have them);
* ``people`` / ``places``: people in every written form, and towns, councils, forces, services;
* ``compose``: the review itself (sections, tables, chronology, citations) from sentence templates;
* ``truth``: closes and checks the ground truth (every variant occurrence inside a mention);
* ``office``: the Word document (python-docx) and the PDF (LibreOffice, metadata, sticky note).
"""
