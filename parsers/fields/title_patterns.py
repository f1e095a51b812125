"""The vocabularies of the title decision, as data: lines that are never a title (letterheads,
addresses, form headings, field lines, page chrome, sentences), the prefixes and tags cleaning
takes off, and the lines that mark a title on a WhatDoTheyKnow page.

Each alternative carries an example written for this project; a force's new letterhead or banner
is one row here (docs/parsing.md). The checks that apply them are in title_checks.py.
"""
from __future__ import annotations

import re

from parsers.fields import reference

# --- lines that are never a title (each alternative with an example written for this project) ---

# Form and section headings printed on letters and pages.
FORM_HEADINGS = re.compile(r"""^\W*(?:
      request\s+for\s+information|information\s+request   # REQUEST FOR INFORMATION, INFORMATION REQUEST
    | freedom\s+of\s+information(?:\s*\(scotland\))?(?:\s+act)?(?:\s+\d{4})?(?:\s+\(scotland\))?
      (?:\s+act\s+\d{4})?(?:\s+(?:request|response|reply|decision))?   # FREEDOM OF INFORMATION ACT 2000
    | (?:the\s+)?environmental\s+information\s+regulations(?:\s+\d{4})?(?:\s+(?:request|response|reply))?  # Environmental Information Regulations 2004
    | (?:foi|foia|foisa)(?:\s+(?:request|response|reply|disclosure))?  # FOI Response
    | disclosure(?:\s+log)?(?:\s+(?:details|entry|record|summary))?|disclosure\s+attachment|publication\s+scheme  # Disclosure Details
    | (?:harm|balance|prejudice|public\s+interest)\s+tests?|public\s+interest\s+considerations?  # Harm Test
    | (?:our\s+|the\s+|your\s+)?(?:request|response|decision|answer|reply|outcome|notes?|background)
      (?:\s+to\s+your\s+request)?                          # Response to your Request
    | reasons?(?:\s+for\s+decision)?|appendix(?:\s+[a-z0-9])?|annex(?:\s+[a-z0-9])?   # Reason for decision
    | (?:attachment|enclosure)(?:\s+(?:[a-z]|\d{1,2}))?   # "FOI Ref: 0338/24 - Attachment 1": the file's label
    | (?:response|request)\s+and\s+(?:answer|response)s?  # Request and Answer
    | (?:details|summary|scope|wording)\s+of\s+(?:the\s+|your\s+)?(?:original\s+)?request  # Details of request
    | (?:internal\s+)?review(?:\s+(?:response|decision|outcome|letter|result))?|refusal\s+notice|advice\s+and\s+assistance    # Refusal notice, Review response
    | (?:decision|disclosure|response)\s+notice|notice\s+of\s+(?:decision|refusal)      # Decision Notice (a letter's form title)
    | information\s+(?:requested|released|disclosed)(?:\s+(?:in|on|during)\s+[a-z]+(?:\s+\d{4})?)?   # Information released in March 2025
    # an answer's heading naming the asks it answers
    | (?:questions?|answers?|requests?|q)\s*\d{1,2}[a-z]?(?:\s*\(\w{1,4}\))*(?:\s*(?:,|and|&|-|–|to)\s*\d{1,2}[a-z]?(?:\s*\(\w{1,4}\))*)*   # Questions 1, 2(i) and 2(ii)
    )\W*$""", re.I | re.X)

# Protective markings printed at the top and foot of each page.
PROTECTIVE_MARKINGS = re.compile(r"""^\W*(?:
      official(?:[\s\-–]+sensitive)?                      # OFFICIAL, OFFICIAL-SENSITIVE
    | not\s+protectively\s+marked|unclassified|restricted|protect   # NOT PROTECTIVELY MARKED
    | private\s+(?:and|&)\s+confidential|in\s+confidence|strictly\s+confidential   # Private and Confidential
    )(?:\s*[\[(\-–:]\s*(?:public|for\s+public\s+release|personal|commercial|operational)\W*)?  # OFFICIAL [PUBLIC]
    \W*$""", re.I | re.X)

# Department and office lines of a letterhead: an information/records word (after capitalised words
# only), then a unit word ("Corporate Information Branch"; not the subjects "Complaint handling by
# the Professional Standards Department", "Staffing of the Professional Standards Department").
DEPARTMENTS = re.compile(r"""(?:
      ^(?:(?-i:[A-Z])[\w&'’.\-]*[,\s]+)*?(?:information|disclosure|foi|freedom\s+of\s+information|compliance|records|data\s+protection
         |access|rights|legal|corporate|professional\s+standards|governance)\b
      .*\b(?:team|unit|department|dept|branch|directorate|bureau|office|section|services?|centre)\s*(?:,|$)  # Information Rights Team[, Mill House]
    # a Welsh name first: "Uned Rhyddid Gwybodaeth / Freedom of Information Unit"
    | ^[^/]{3,60}/\s*(?:freedom\s+of\s+information|foi|disclosure|information\s+(?:management|rights|access|compliance))\b
      .*\b(?:team|unit|department|branch|bureau|office|section|centre)\s*$
    | ^information\s+(?:management|rights|compliance|access|governance|security)\b   # Information Management - FOI
    # Police Headquarters, Oakfield / Police H.Q / Eastleigh Police Station (capitalised words only before
    # it: not a title's "Front counter visitors by police station, 2021/22")
    | ^(?:(?-i:[A-Z])[\w&'’.\-]*[,\s]+)*?(?:headquarters|police\s+(?:h\.?\s?q\.?|station))\s*(?:,|$)
    | \bsecretariat\b                                              # MDP Secretariat and Business Support
    )""", re.I | re.X)

# Postal address lines: a postcode, a house number and street, a PO box.
ADDRESSES = re.compile(r"""(?:
      (?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)          # AB12 3CD
    | ^\d+[a-z]?,?\s+(?:\w+\s+){1,3}(?:road|street|lane|avenue|way|drive|close|square|court|place)\b  # 1 Mill Lane
    # (every word capitalised, the number no year: not "2019 to 2023 collisions on the Fosse Way")
    | ^(?:no\.?\s?)?(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?,?\s+(?-i:[A-Z])[\w'’-]*(?:,?\s+(?-i:[A-Z])[\w'’-]*){0,4}\s+(?-i:Road|Street|Lane|Avenue|Way|Drive|Close|Square|Court|Place|Crescent|Terrace)\s*,?$  # No.1 Waterwells, Waterwells Drive
    | \bp\.?\s?o\.?\s+box\b                                # PO Box 99
    | ^(?:building|block|unit|floor|suite|room|hangar)\s+(?-i:\d+[A-Z]?|[A-Z]\d*)\s*,?$   # Building 38, Block C (not "Building works")
    | ^(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?-i:Road|Street|Lane|Avenue|Drive|Close|Square|Crescent|Terrace|ROAD|STREET|LANE|AVENUE|DRIVE|CLOSE|SQUARE|CRESCENT|TERRACE)\s*,?$  # London Road (not "Drink drive")
    )""", re.X | re.I)

# A site's name and its town, every word capitalised ("Culham Science Centre, Abingdon"): after a
# letterhead's "Freedom of Information - " it is where the unit sits, not a subject (a heading in title
# case, "Shoplifting Offences At Trafford Centre, Stretford", still is one).
SITE_AND_TOWN = re.compile(r"^(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?-i:Centre|Park|Campus|House|Building|Estate|Court),"
                           r"\s*(?-i:[A-Z])[\w'’-]+(?:[\s-]+(?-i:[A-Z])[\w'’-]+){0,2}\s*$")

# Field lines: a label and a value, a date, a page number, a salutation or a sign-off.
FIELD_LINES = re.compile(r"""^\W*
    (?:(?:ein|eich)\s+cyf(?:eirnod)?|cyfeirnod|dyddiad|rhif(?:\s+cais)?)?\s*/?\s*   # a Welsh label first: "Eich Cyf / Your Ref: -"
    (?:
      (?:(?:original|initial|internal\s+review|review)\s+)?(?:our|your|foi|case|enquiry|request|file)?\s*ref(?:erence)?\b.*     # Our Ref: AB/12/24, Original Request Reference: 1184/23
    | (?:request|case|enquiry)\s+(?:number|no|id)\b.*                     # Request Number: F-1
    | (?:publication|pub)\s+(?:number|no\.?|id|ref(?:erence)?)\s*[:#|].*      # Publication number: PUB 2261 (not "Pub ID scanners")
    | (?:rfi|e-?case|foi)\s*[:#]\s*\S.*                                    # RFI: 312/25
    | (?:foi\s+)?date\b.*|(?:response|request|received|published)\s+(?:date|on|sent)\b.*   # Date of response: ...
    | (?:request|application)\s+received\s*:?\s*\d.*   # Request received 21.06.2022
    | enquiries\s+to\s*:.*|enquiries\s+to\s+(?:the\s+)?(?:\w+\s+){0,4}(?:team|unit|office|branch|officer|section|bureau|department)\s*$   # Enquiries to Information Rights Team (not a subject "Enquiries to the PSD in 2024")
    | (?:category|categories|keywords?|status|outcome|type|tel|telephone|email|e-mail|phone|fax|web)\s*[:|].*  # Category: Roads
    | source\s*:.*|notes?\s*:.*|footnotes?\s*:.*           # Source: the crime recording system, Note: figures ... (not "Data sources: ANPR records shared")
    | (?:tel|telephone|phone|e-?mail|fax|web|website|address|date|mobile|switchboard)\s*:?          # a sidebar's bare label: "Telephone"
    | (?:direct\s+(?:dial|line|tel\w*)|mobile|switchboard|minicom|textphone|tel\.?|dx)\b\s*(?:no\.?|number)?\s*[:|.]?\s*[\d+(].*  # Direct dial: 01865 000000
    | (?:decision|outcome|status|result)\s*[:|\-–]?\s*(?:refus|withh|disclos|releas|provid|part|full|not\s+held
      |no\s+information|information\s+(?:not|partly|partially|fully)|neither|ncnd|exempt|closed|complet
      |vexatious|section\b)\w*.*                         # Decision Refused - section 12, Decision – Information not held
    | (?:from|to|cc|bcc|sent)\s*:.*                                       # From: Anyshire Police FOI (an e-mail's head)
    | (?:respondent|requester|requestor|applicant|name|addressee)\s*:.*        # Respondent: [redacted] (the person, a field)
    | [a-z][a-z ]{1,30}:\s*\[?(?:redacted|name\s+redacted|withheld|removed)\]?   # any field whose value was redacted
    | contact(?:\s+(?:name|point|details))?\s*:.*|when\s+(?:telephoning|calling|phoning|replying)\b.*  # Contact Name: FOI Team
    | (?:please\s+)?ask\s+for\s*:.*|enquiries\s+to\s*:.*                  # please ask for: Information Access
    | (?:please\s+)?quote\s+(?:our|this|the|my)\s+(?:ref(?:erence)?|case\s+number)\b.*   # Please quote our reference in any reply
    | (?:reply\s+)?contact\s+name\s+is\b.*|tel\.?\s+ext(?:ension|n)?\.?\s*:?.*                    # Tel. Extension: 4455
    | page\s+\d+(?:\s+of\s+\d+)?                                          # Page 2 of 3
    | dear\b.*|yours\b.*|kind\s+regards.*|regards.*|many\s+thanks.*|thank\s+you\b.*  # Dear Requester,
    | (?:by\s+)?e-?mail(?:\s+only)?                                         # By email only
    | (?:mr|mrs|ms|miss|dr|mx)\.?\s+\S.*|(?:the\s+)?(?:requester|applicant)   # Mr J Smith (the addressee)
    | .*\S+@\S+\.\w+.*|(?:https?://|www\.)\S+                            # foi@example.police.uk
    )$""", re.I | re.X)

# A contact field whose value (a team's name) may wrap onto the next line: "please ask for:
# Information Access" / "Team".
CONTACT_FIELD = re.compile(r"^\W*(?:(?:please\s+)?ask\s+for|enquiries\s+to|contact(?:\s+(?:name|point))?"
                           r"|(?:please\s+)?(?:address|send|direct)\s+(?:all\s+)?correspondence\s+to)\s*:\s*\S", re.I)  # Address Correspondence to: …

# Page chrome copied with a page's text.
PAGE_CHROME = re.compile(r"""^\W*(?:
      (?:quickly\s+)?(?:exit|leave)\s+this\s+(?:site|page)\b.*   # Quickly exit this site (Esc)
    | skip\s+to\b.*|back\s+to\b.*|print\b.*|share\b.*              # Skip to main content
    | .*\bcookies?\b.*                                              # Cookies on this website
    | beta\b.*|this\s+site\s+is\s+a\s+beta\b.*|report(?:\s+a\s+problem)?   # Beta
    | home|menu|search|news|contact\s+us|about\s+us|your\s+area|report|request\s+information  # Contact us
    | (?:(?:foi|freedom\s+of\s+information)\s+and\s+)?access(?:ing)?\s+(?:to\s+)?information   # FOI and access to information (a breadcrumb)
    | (?:(?:yn\s+|in\s+)?(?:cymraeg|gymraeg|english|saesneg|welsh|gaeilge|g[aà]idhlig)(?:\s*[|/]\s*)?)+  # Cymraeg (language toggle)
    )$""", re.I | re.X)

# Words that open a line of the letter's body: the head of the letter has ended.
BODY_OPENINGS = re.compile(r"""^(?:
      thank\s+you|thanks\b                                                                # Thank you for your request
    | (?:i|we)\s+(?:have\s+)?(?:now\s+)?(?:write|refer|am\s+writing|note|received|considered
      |completed|searched|been\s+asked|apologi[sz]e)\b                                     # We have now considered your request
    | apologies\b|sorry\b                                                                # Apologies for the delay in replying
    | on\s+\d{1,2}\w*\s+[a-z]+\s+\d{4}|further\s+to|with\s+reference|in\s+response       # On 3 May 2024 you asked
    | dear\s+[^,]{1,40},\s*(?!(?:(?:our|your|foi|foia)\s+)?(?:ref(?:erence)?|date)\b|foi\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\S   # Dear Requester, on ... (not a field or date beside it: "Dear Requester,     FOI Reference: 0213/26")
    | please\s+(?:find|see)|you\s+(?:asked|requested)|request\b.*:\s*$                   # You asked:
    | (?:please|kindly)\s+(?:could\s+you\s+|can\s+you\s+)?(?:provide|supply|send|tell|list|give|disclose|confirm
      |advise|release|state|forward|email|share)\b                                        # Please provide a copy of …
    | (?:could|can|would)\s+you\s+(?:please\s+)?(?:provide|supply|send|tell|list|give|confirm|advise)\b  # Could you tell me …
    | your\s+(?:freedom\s+of\s+information\s+|foia?\s+)?request\s+(?:for\s+information\s+)?(?:(?:made\s+)?under|received|dated
      |submitted|which|that|of\s+\d)\b(?!\s*:)                                                     # Re: your request for information under the Act, received by …
    )""", re.I | re.X)

# What is left of a subject line once these prefixes go.
SUBJECT_PREFIXES = re.compile(r"""^\W*(?:
      re\s*:\s*                                                 # Re: Drone flights (never "Re-vetting")
    | fwd?\s*:\s*                                               # Fw: FOI request - hare coursing (a forward)
    | (?:automatic\s+reply|auto-?reply)\s*[-–:]\s+                                      # Automatic reply: Speed camera income
    | acknowledg(?:e)?ment(?:\s+of\s+receipt)?\s*[-–:]\s+(?=(?:freedom\s+of\s+information|foia?|information)\s+request\b)
                                                              # Acknowledgement - FOI request - Dashcams (not "Acknowledgement of receipt - online crime reports")
    | (?:enquiry|case|request|our)\s+ref(?:erence)?(?:\s+(?:no\.?|number))?\s*:?\s*
      [A-Z0-9][\w/.]*(?:\s?-\s?\d{2,4})?\s+[-–:|]\s+          # Enquiry Reference 41 -26 - Hare coursing incidents
    | (?:pwnc\s*/\s*)?(?:subject|title|request\s+title|topic|regarding)\s*[:\-–]\s+   # Subject: Drone flights
    | pwnc\s*(?:/\s*subject\s*)?[:\-–]\s+                     # Pwnc / Subject: (a Welsh force's letter)
    | (?:your\s+)?request\s*:\s+(?![\"“‘']?\s*(?:please|could|can|would|i\s|how\s+(?:many|much|long)|what|which|whether)\b)
                                                              # Request: Drone flights (a letter's subject line; never the ask
                                                              # quoted: 'Your request: "Please tell me …"')
    | your\s+(?:freedom\s+of\s+information\s+)?request\s+(?:for\s+information\s+)?
      (?:regarding|about|concerning|on|relating\s+to|in\s+relation\s+to)\s+     # Your request for information regarding drones
    | (?:appendix|annex|annexe|attachment)\s+[A-Z0-9]{1,2}\s*[:\-–]\s+    # Appendix A – Rape offences recorded (an attachment's title)
    )""", re.I | re.X)
# "Freedom of Information Request 24/08/1234 - Horses", "FOI Request – Horses", "FOI 12/24 Horses".
FOI_PREFIX = re.compile(
    r"^\W*(?:freedom\s+of\s+information|foia?)(?:\s+act(?:\s+\d{4})?)?(?:\s+(?:request|application|response))?"
    r"(?:\s+(?:ref(?:erence)?\.?(?:\s*(?:no\.?|number))?\s*:?\s*)?(" + reference.REF + r"))?"
    r"(\s+[-–:|]\s*|\s*[:|]\s*|\s+)(\S.*)$", re.I)
# Tags a force adds to its titles: "(Nov 2024)", "[March 2023]", "(PDF, 120KB)".
TITLE_TAGS = re.compile(
    r"\s*[(\[](?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|pdf|docx?|xlsx?|csv)(?:,\s*[\d.]+\s*[kmg]b)?[)\]]", re.I)
# A site name after the page title in <title>: "Drones | Kent Police", "Drones - X Disclosure Log".
SITE_SUFFIX = re.compile(r"^(.*\S)\s+[|\-–—:]\s+([^|\-–—]+)$")
SITE_WORDS = re.compile(r"\b(?:police|constabulary|constabularies|disclosure\s+log|gov\.uk|service|foi|whatdotheyknow"
                        r"|freedom\s+of\s+information\s+request)\b", re.I)

# WhatDoTheyKnow page copies print the request's title on the line just before one of these
# (examples written for this project). Site text may come before the title (a status banner, the
# older layout's sidebar), so the title is found from the line after it, not from the top.
WDTK_AFTER_TITLE = re.compile(r"""^(?:
      .{1,80}\b(?:made|sent)\s+this\s+(?:freedom\s+of\s+information\s+|rhyddid\s+gwybodaeth\s+)?request\s+to\b.*   # A Requester made this Freedom of Information request to Anyshire Police
    | roedd\s+y\s+cais\s+yn\s+(?:rhannol\s+)?(?:lwyddiannus|aflwyddiannus)\b.* | gwrthodwyd\s+y\s+cais\b.*  # Welsh status: Roedd y cais yn rhannol lwyddiannus.
    | (?:a\s+)?freedom\s+of\s+information\s+request\s+made\s+by\s+.{1,80}?\s+to\s+.{3,80}  # Freedom of Information request made by A Requester to Anyshire Police
    | (?:status\s*:\s*)?the\s+request\s+(?:was|is|has\s+been)\s+(?:partially\s+)?(?:successful|refused|withdrawn|waiting
      |awaiting|long\s+overdue|delayed|not\s+held)\b[^.]{0,80}\.?                  # The request was partially successful.
      # (one short sentence: "The request was refused under section 12(1) of the Act. It was …" in a
      # review letter is its body, not WhatDoTheyKnow's status line)
    | this\s+request\s+(?:has\s+been\s+closed|is\s+awaiting|requires)\b.*            # This request has been closed to new correspondence
    | (?:awaiting|waiting\s+for)\s+(?:classification|clarification|an?\s+internal\s+review|a\s+response)\b.*  # Awaiting classification.
    | long\s+overdue\b.*                                                               # Long overdue.
    )$""", re.I | re.X)
# What opens a request or an e-mail copy under the title on the document's first line:
#   "Horse patrols" / "Dear Anyshire Police,"      "Horse patrols" / "From: Anyshire Police FOI Unit"
FIRST_LINE_ANCHOR = re.compile(r"^(?:dear\s+(?P<to>[^,]{3,80}),?|from\s*:.*)$", re.I)

# A heading made only of the Act's and the form's words and the force's name is a site's or a
# letter's standard heading, never the subject: "Provision of information held by Anyshire Police
# made under the Freedom of Information Act 2000 (the 'Act')", "Information Request to Anyshire
# Constabulary under the Freedom of Information Act"; a log's or a listing's own heading: "Freedom of
# Information Disclosure Log", "Published items", "Search results"; and a numbered part heading: "Request 2".
GENERIC_WORDS = frozenset("""provision information held made under request requests requested to by of the a an for
    on act acts response responses regarding about freedom foi foia foisa disclosure disclosures important notice
    from with in and your our this scotland internal review log logs published items search results entry
    entries requirement re decision pursuant provisions first notified proactive refusal section sections
    exemption exemptions
    rhyddid gwybodaeth cais ymateb""".split())  # ("… under the provisions of the Act, first notified"; Welsh:
# "Freedom of Information / Rhyddid Gwybodaeth", a bilingual letterhead's unit line)
NUMBERED_PART = re.compile(r"^(?:request|question|part|item)\s+\d+[a-z]?$", re.I)

MAX_WORDS = 20

# A sentence: a pronoun or "the force" as its subject, then a verb.
_VERBS = (r"(?:have|has|had|are|is|am|was|were|will|would|can|could|does|do|did|may|must|holds?|received"
          r"|considered|completed|asked|requested|write|wrote|note|refer|confirms?|neither)\b")
SENTENCE_STARTS = re.compile(r"""^(?:we|i|you|it|they|this\s+(?:letter|response|request)
    |the\s+(?:force|constabulary))\s+(?:now\s+)?""" + _VERBS, re.I | re.X)   # We have received ...
# What follows the force's name when the line is a sentence: "[Anyshire Police] has now completed ...".
VERB_AFTER_NAME = re.compile(r"^(?:now\s+|also\s+)?" + _VERBS, re.I)


# Words that mark a line as Welsh, and English words no Welsh line carries: a bilingual letter sets
# its subject in both ("Defnyddio grym ar blant" over "Use of force on children").
_WELSH_WORDS = frozenset("""
    ac ar gan gyda y yr yn mewn ei eu ein eich hyn hwn hon rhwng ynghylch ynglyn ynglŷn annwyl
    heddlu cais rhyddid gwybodaeth plant grym ymateb nifer swyddogion troseddau defnyddio adolygiad
""".split())
_ENGLISH_WORDS = frozenset("the of and in on for to by with from about at".split())


def looks_english(line: str) -> bool:
    """A line with an English function word in it ("Use of force on children")."""
    return any(w in _ENGLISH_WORDS for w in re.findall(r"[a-z]+", line.lower()))


def looks_welsh(line: str) -> bool:
    """A short line in Welsh: a Welsh word among its words, no English function word, and Welsh
    spelling (dd, ll, ff, ch, w or y between consonants)."""
    words = re.findall(r"[a-zA-Zâêîôûŵŷ]+", line.lower())
    return bool(words) and any(w in _WELSH_WORDS for w in words) \
        and not any(w in _ENGLISH_WORDS for w in words) \
        and bool(re.search(r"dd|ll|ff|ch|[bcdfghjlmnprst][wy][bcdfghjlmnprst]", line.lower()))
