"""The entity names our recognisers emit, and the coarse register type each belongs to."""

from __future__ import annotations

from typing import Final, Literal

CoarseType = Literal["PERSON", "LOCATION", "ORGANISATION", "DATE", "IDENTIFIER"]

# Names, places and organisations (found by NER, gazetteers and patterns).
PERSON: Final = "PERSON"
LOCATION: Final = "LOCATION"
ORGANISATION: Final = "ORGANISATION"
UK_ADDRESS: Final = "UK_ADDRESS"
UK_POSTCODE: Final = "UK_POSTCODE"

# Dates.
DATE_OF_BIRTH: Final = "DATE_OF_BIRTH"
DATE_DAY: Final = "DATE_DAY"  # a day-precise date that is not (known to be) a date of birth

# Structured identifiers.
UK_NHS: Final = "UK_NHS"
UK_NINO: Final = "UK_NINO"
PHONE_NUMBER: Final = "PHONE_NUMBER"
EMAIL_ADDRESS: Final = "EMAIL_ADDRESS"
URL: Final = "URL"
SOCIAL_HANDLE: Final = "SOCIAL_HANDLE"
UK_UPN: Final = "UK_UPN"
POLICE_REFERENCE: Final = "POLICE_REFERENCE"
PNC_ID: Final = "PNC_ID"
COURT_CASE_NUMBER: Final = "COURT_CASE_NUMBER"
LA_CASE_ID: Final = "LA_CASE_ID"
AGENCY_REFERENCE: Final = "AGENCY_REFERENCE"
OFSTED_URN: Final = "OFSTED_URN"
UK_VEHICLE_REG: Final = "UK_VEHICLE_REG"
UK_PASSPORT: Final = "UK_PASSPORT"
UK_DRIVING_LICENCE: Final = "UK_DRIVING_LICENCE"
UK_TAX_REFERENCE: Final = "UK_TAX_REFERENCE"  # HMRC UTR and TRN
UK_CHI: Final = "UK_CHI"  # Scotland's Community Health Index number
UK_HCN: Final = "UK_HCN"  # Northern Ireland's Health and Care number
UK_VAT: Final = "UK_VAT"

IDENTIFIERS: Final = (
    UK_NHS, UK_NINO, PHONE_NUMBER, EMAIL_ADDRESS, URL, SOCIAL_HANDLE, UK_UPN, POLICE_REFERENCE,
    PNC_ID, COURT_CASE_NUMBER, LA_CASE_ID, AGENCY_REFERENCE, OFSTED_URN, UK_VEHICLE_REG,
    UK_PASSPORT, UK_DRIVING_LICENCE, UK_TAX_REFERENCE, UK_CHI, UK_HCN, UK_VAT,
)

COARSE_TYPE: Final[dict[str, CoarseType]] = {
    PERSON: "PERSON",
    LOCATION: "LOCATION",
    ORGANISATION: "ORGANISATION",
    UK_ADDRESS: "LOCATION",
    UK_POSTCODE: "LOCATION",
    DATE_OF_BIRTH: "DATE",
    DATE_DAY: "DATE",
    **{name: "IDENTIFIER" for name in IDENTIFIERS},
}

ALL_ENTITIES: Final = tuple(COARSE_TYPE)


def coarse_type(entity: str) -> CoarseType:
    """Map a recogniser's entity name to the register type (``IDENTIFIER`` for unknown ones).

    Board-specific patterns loaded from YAML may emit entity names we do not know; those are
    treated as identifiers, which are redacted by default.
    """
    return COARSE_TYPE.get(entity, "IDENTIFIER")
