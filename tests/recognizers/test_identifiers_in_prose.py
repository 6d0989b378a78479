"""Ordinary review prose must pass through every identifier recogniser untouched."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer, PatternRecognizer

from recognizers import catalogue
from recognizers.agency_reference import AgencyReferenceRecognizer
from recognizers.chi_number import ChiNumberRecognizer
from recognizers.court_case import CourtCaseNumberRecognizer
from recognizers.driving_licence import DrivingLicenceRecognizer
from recognizers.email_address import EmailRecognizer
from recognizers.international_phone import InternationalPhoneRecognizer
from recognizers.la_case_id import LocalAuthorityCaseIdRecognizer
from recognizers.labelled_identifier import LabelledIdentifierRecognizer
from recognizers.nhs_number import NhsNumberRecognizer
from recognizers.ni_number import NationalInsuranceRecognizer
from recognizers.ofsted_urn import OfstedUrnRecognizer
from recognizers.passport import PassportRecognizer
from recognizers.phone_number import UkPhoneRecognizer
from recognizers.police_reference import PncIdRecognizer, PoliceReferenceRecognizer
from recognizers.social_handle import SocialHandleRecognizer
from recognizers.tax_reference import TaxReferenceRecognizer
from recognizers.upn import UniquePupilNumberRecognizer
from recognizers.url import UrlRecognizer
from recognizers.vat_number import VatNumberRecognizer
from recognizers.vehicle_registration import VehicleRegistrationRecognizer
from tests.recognizers.prose import PROSE_PARAGRAPH, PROSE_SNIPPETS

RECOGNIZERS: list[type[PatternRecognizer]] = [
    NhsNumberRecognizer,
    NationalInsuranceRecognizer,
    UkPhoneRecognizer,
    EmailRecognizer,
    UrlRecognizer,
    SocialHandleRecognizer,
    UniquePupilNumberRecognizer,
    PoliceReferenceRecognizer,
    PncIdRecognizer,
    CourtCaseNumberRecognizer,
    LocalAuthorityCaseIdRecognizer,
    AgencyReferenceRecognizer,
    OfstedUrnRecognizer,
    VehicleRegistrationRecognizer,
    PassportRecognizer,
    DrivingLicenceRecognizer,
    TaxReferenceRecognizer,
    ChiNumberRecognizer,
    VatNumberRecognizer,
]

# Every structured identifier, fictional, in one paragraph, with the recogniser's entity.
IDENTIFIERS = [
    ("943 476 5919", catalogue.UK_NHS),
    ("AB 12 34 56 C", catalogue.UK_NINO),
    ("0121 496 0587", catalogue.PHONE_NUMBER),
    ("jo.bloggs@example.org", catalogue.EMAIL_ADDRESS),
    ("facebook.com/some.name", catalogue.URL),
    ("@some_name", catalogue.SOCIAL_HANDLE),
    ("B801200005001", catalogue.UK_UPN),
    ("12/34567/19", catalogue.POLICE_REFERENCE),
    ("15/123456U", catalogue.PNC_ID),
    ("XY19C01234", catalogue.COURT_CASE_NUMBER),
    ("771904", catalogue.LA_CASE_ID),
    ("HOU/2019/01234", catalogue.AGENCY_REFERENCE),
    ("SC123456", catalogue.OFSTED_URN),
    ("AB12 CDE", catalogue.UK_VEHICLE_REG),
    ("XK4820917", catalogue.UK_PASSPORT),
    ("HARLO706123JT9XK", catalogue.UK_DRIVING_LICENCE),
    ("9730521846", catalogue.UK_TAX_REFERENCE),
    ("140382 0635", catalogue.UK_CHI),
    ("GB 314 1592 28", catalogue.UK_VAT),
]
IDENTIFIER_PARAGRAPH = (
    "Child B (NHS 943 476 5919; NI number AB 12 34 56 C) was called on 0121 496 0587 and emailed "
    "at jo.bloggs@example.org. Her profile facebook.com/some.name and the account @some_name were "
    "reviewed. UPN B801200005001. Police recorded CRN 12/34567/19 and PNC 15/123456U; the family "
    "court case XY19C01234 followed. LCS 771904 holds the record and the housing application "
    "HOU/2019/01234 was refused. The children's home SC123456 reported the car AB12 CDE. "
    "Her mother's passport XK4820917, licence HARLO706123JT9XK, UTR 9730521846 and CHI 140382 0635 were "
    "copied; the shop's VAT number GB 314 1592 28 was noted."
)


def _identifier_spans() -> list[tuple[int, int]]:
    starts = [IDENTIFIER_PARAGRAPH.index(value) for value, _ in IDENTIFIERS]
    return [(start, start + len(value)) for start, (value, _) in zip(starts, IDENTIFIERS, strict=True)]


def _entity(recognizer: PatternRecognizer) -> str:
    entity = recognizer.supported_entities[0]
    assert isinstance(entity, str)
    return entity


@pytest.mark.parametrize("recognizer_class", RECOGNIZERS, ids=lambda c: c.__name__)
def test_paragraph_of_prose_numbers_is_left_alone(recognizer_class: type[PatternRecognizer]) -> None:
    recognizer = recognizer_class()
    assert recognizer.analyze(PROSE_PARAGRAPH, [_entity(recognizer)], nlp_artifacts=None) == []


@pytest.mark.parametrize("text", PROSE_SNIPPETS)
def test_prose_snippet_is_left_alone(text: str) -> None:
    for recognizer_class in RECOGNIZERS:
        recognizer = recognizer_class()
        assert recognizer.analyze(text, [_entity(recognizer)], nlp_artifacts=None) == [], recognizer.name


@pytest.mark.parametrize("value, entity", IDENTIFIERS)
def test_each_identifier_is_found_by_its_recogniser(value: str, entity: str) -> None:
    start = IDENTIFIER_PARAGRAPH.index(value)
    for recognizer_class in RECOGNIZERS:
        recognizer = recognizer_class()
        if _entity(recognizer) != entity:
            continue
        results = recognizer.analyze(IDENTIFIER_PARAGRAPH, [entity], nlp_artifacts=None)
        spans = {(r.start, r.end) for r in results if r.score >= 0.5}
        assert (start, start + len(value)) in spans
        # Anything else it finds must be another identifier (the generic agency recogniser
        # also sees "case XY19C01234"; the engine resolves such overlaps by score).
        assert spans <= set(_identifier_spans())


@pytest.mark.parametrize("recognizer_class", RECOGNIZERS, ids=lambda c: c.__name__)
def test_contract(recognizer_class: type[PatternRecognizer]) -> None:
    recognizer = recognizer_class()
    assert recognizer.name == recognizer_class.__name__
    assert recognizer.name.endswith("Recognizer")
    assert recognizer.supported_language == "en"
    assert _entity(recognizer) in catalogue.IDENTIFIERS
    # Context words are matched whole against spaCy lemmas: single lower-case words.
    assert recognizer.context
    assert all(word == word.lower() and " " not in word for word in recognizer.context)
    # Each instance gets its own lists, so Presidio's appends never reach the class.
    assert recognizer.patterns is not recognizer_class.PATTERNS
    assert recognizer.context is not recognizer_class.CONTEXT


def test_every_identifier_entity_has_a_recogniser() -> None:
    entities = {_entity(recognizer_class()) for recognizer_class in RECOGNIZERS}
    labelled = set(LabelledIdentifierRecognizer().supported_entities) - {catalogue.UK_POSTCODE}  # (abroad, by label)
    assert entities | labelled == set(catalogue.IDENTIFIERS)


@pytest.mark.parametrize("recognizer_class", [LabelledIdentifierRecognizer, InternationalPhoneRecognizer])
def test_prose_has_no_labelled_identifier_or_phone(recognizer_class: type[EntityRecognizer]) -> None:
    recognizer = recognizer_class()
    assert recognizer.analyze(PROSE_PARAGRAPH, []) == []
    for text in PROSE_SNIPPETS:
        assert recognizer.analyze(text, []) == [], text
