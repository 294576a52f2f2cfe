"""What happens next at each stage of a case, in plain English and Welsh, to read to a customer."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    ENQUIRY = "enquiry"
    ASSESSMENT = "assessment"
    INVESTIGATION = "investigation"
    DECISION = "decision"
    REVIEW = "review"
    CLOSED = "closed"


NEXT_STEPS: dict[Stage, dict[str, str]] = {
    Stage.ENQUIRY: {
        "en": "We are checking what you have told us and whether we are the right people to "
        "help. We will tell you within ten working days whether we can look into it.",
        "cy": "Rydym yn gwirio'r hyn rydych wedi'i ddweud wrthym ac a ydym ni'r bobl iawn i "
        "helpu. Byddwn yn rhoi gwybod i chi o fewn deg diwrnod gwaith a allwn ymchwilio.",
    },
    Stage.ASSESSMENT: {
        "en": "We are deciding whether to investigate and what we need from you. We may ask "
        "for documents or more information.",
        "cy": "Rydym yn penderfynu a ddylem ymchwilio a beth sydd ei angen arnom gennych. "
        "Efallai y byddwn yn gofyn am ddogfennau neu ragor o wybodaeth.",
    },
    Stage.INVESTIGATION: {
        "en": "We are gathering the evidence and speaking to the people involved. We will keep "
        "you updated as often as you asked us to.",
        "cy": "Rydym yn casglu'r dystiolaeth ac yn siarad â'r bobl dan sylw. Byddwn yn rhoi'r "
        "wybodaeth ddiweddaraf i chi mor aml ag y gofynnoch i ni.",
    },
    Stage.DECISION: {
        "en": "We have the evidence and are reaching our decision. We will write to you with "
        "our findings and the reasons for them.",
        "cy": "Mae'r dystiolaeth gennym ac rydym yn dod i'n penderfyniad. Byddwn yn ysgrifennu "
        "atoch gyda'n canfyddiadau a'r rhesymau drostynt.",
    },
    Stage.REVIEW: {
        "en": "You asked us to look again at our decision. Someone who was not involved before "
        "is reviewing it and will write to you with the outcome.",
        "cy": "Gofynnoch i ni edrych eto ar ein penderfyniad. Mae rhywun nad oedd yn rhan o'r "
        "achos o'r blaen yn ei adolygu a bydd yn ysgrifennu atoch gyda'r canlyniad.",
    },
    Stage.CLOSED: {
        "en": "Our work on this case has finished. You can ask us how to challenge our "
        "decision if you disagree with it.",
        "cy": "Mae ein gwaith ar yr achos hwn wedi dod i ben. Gallwch ofyn i ni sut i herio ein "
        "penderfyniad os ydych yn anghytuno ag ef.",
    },
}


def next_steps(stage: str, language: str = "en") -> str:
    return NEXT_STEPS[Stage(stage)]["cy" if language == "cy" else "en"]
