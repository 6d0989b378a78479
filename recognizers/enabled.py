"""The recognisers Redactor runs, in one list (edit here to enable or disable one)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, PatternRecognizer
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from recognizers.address_recognizer import UkAddressRecognizer, UkPostcodeRecognizer
from recognizers.agency_reference import AgencyReferenceRecognizer
from recognizers.catalogue import LOCATION, ORGANISATION, PERSON
from recognizers.chi_number import ChiNumberRecognizer
from recognizers.court_case import CourtCaseNumberRecognizer
from recognizers.date_recognizer import DateOfBirthRecognizer, DayDateRecognizer, YearlessDateRecognizer
from recognizers.driving_licence import DrivingLicenceRecognizer
from recognizers.email_address import EmailRecognizer
from recognizers.foreign_address import ForeignAddressRecognizer
from recognizers.international_phone import InternationalPhoneRecognizer
from recognizers.la_case_id import LocalAuthorityCaseIdRecognizer
from recognizers.labelled_identifier import LabelledIdentifierRecognizer
from recognizers.military_unit import MilitaryUnitRecognizer
from recognizers.nhs_number import NhsNumberRecognizer
from recognizers.ni_number import NationalInsuranceRecognizer
from recognizers.ofsted_urn import OfstedUrnRecognizer
from recognizers.organisation_recognizer import UkOrganisationRecognizer
from recognizers.other_script_names import OtherScriptNameRecognizer
from recognizers.passport import PassportRecognizer
from recognizers.patterns import compile_patterns
from recognizers.person_name_recognizer import PersonNameRecognizer
from recognizers.phone_number import UkPhoneRecognizer
from recognizers.place_recognizer import UkPlaceRecognizer
from recognizers.police_operation import PoliceOperationRecognizer
from recognizers.police_reference import PncIdRecognizer, PoliceReferenceRecognizer
from recognizers.role_names import RoleNameRecognizer
from recognizers.social_handle import SocialHandleRecognizer
from recognizers.tax_reference import TaxReferenceRecognizer
from recognizers.upn import UniquePupilNumberRecognizer
from recognizers.url import UrlRecognizer
from recognizers.vat_number import VatNumberRecognizer
from recognizers.vehicle_registration import VehicleRegistrationRecognizer
from recognizers.world_city import WorldCityRecognizer

NER_ENTITIES = (PERSON, LOCATION, ORGANISATION)


def ner_recognizer() -> SpacyRecognizer:
    """spaCy NER for people, places and organisations (its raw output is refined by the engine)."""
    return SpacyRecognizer(supported_language="en", supported_entities=[f"NER_{e}" for e in NER_ENTITIES])


def structured_recognizers() -> list[EntityRecognizer]:
    """Recognisers of identifiers, dates of birth and addresses: pattern-based, no NLP needed."""
    return _compiled([
        NhsNumberRecognizer(),
        NationalInsuranceRecognizer(),
        UkPhoneRecognizer(),
        InternationalPhoneRecognizer(),
        EmailRecognizer(),
        UrlRecognizer(),
        SocialHandleRecognizer(),
        UniquePupilNumberRecognizer(),
        PoliceReferenceRecognizer(),
        PncIdRecognizer(),
        PoliceOperationRecognizer(),
        CourtCaseNumberRecognizer(),
        LocalAuthorityCaseIdRecognizer(),
        AgencyReferenceRecognizer(),
        OfstedUrnRecognizer(),
        VehicleRegistrationRecognizer(),
        PassportRecognizer(),
        DrivingLicenceRecognizer(),
        TaxReferenceRecognizer(),
        ChiNumberRecognizer(),
        VatNumberRecognizer(),
        LabelledIdentifierRecognizer(),
        DateOfBirthRecognizer(),
        UkAddressRecognizer(),
        ForeignAddressRecognizer(),
        UkPostcodeRecognizer(name="UkPostcodeRecognizer (Redactor)"),
    ])


def default_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every enabled recogniser, their patterns compiled."""
    return _compiled([*structured_recognizers(), DayDateRecognizer(), YearlessDateRecognizer(), PersonNameRecognizer(),
                      RoleNameRecognizer(),
                      OtherScriptNameRecognizer(),
                      UkPlaceRecognizer(), WorldCityRecognizer(), UkOrganisationRecognizer(), MilitaryUnitRecognizer(),
                      ner_recognizer()])


def _compiled(recognizers: list[EntityRecognizer]) -> list[EntityRecognizer]:
    """The recognisers, their patterns compiled (once, with cues: see ``recognizers.patterns``)."""
    for recognizer in recognizers:
        if isinstance(recognizer, PatternRecognizer):
            compile_patterns(recognizer)
    return recognizers
