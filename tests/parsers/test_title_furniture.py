"""Titles past a copied page's menu and a spreadsheet's generic banner (texts written for these tests)."""
from __future__ import annotations

from parsers import parse_document
from parsers.fields.title_checks import menu_row, not_a_title


def test_a_menu_copied_as_one_line_is_no_title():
    assert menu_row("Report   Your area   Request   Contact us")
    assert menu_row("News | Appeals | Careers | Contact")
    assert not menu_row("Police horse retirements")
    text = ("We use some essential cookies to make our website work.\n"
            "Accept additional cookies   Reject additional cookies\n"
            "Lincolnshire Police\n"
            "Report   Your area   Request   Contact us\n"
            "Police horse retirements\n\n"
            "Reference: 1418/24\nDate of response: 05/11/2024\n\n"
            "Request\n\nHow many police horses were retired in 2023?\n\n"
            "Response\n\nLincolnshire Police retired 4 horses in 2023.\n")
    assert parse_document(text.encode(), "text/plain")["title"] == "Police horse retirements"


def test_a_sheets_generic_banner_gives_way_to_its_title_row():
    csv = (b'Lincolnshire Police - Freedom of Information disclosure\n'
           b'Our ref: FOI/1561/24\n'
           b'"Horses retired, by reason"\n'
           b'Reason,2022,2023\nAge,3,4\nInjury,1,2\n')
    rec = parse_document(csv, "text/csv", "retired.csv")
    assert rec["title"] == "Horses retired, by reason"
    assert not_a_title("Lincolnshire Police - Freedom of Information disclosure")


def test_a_field_holding_a_date_is_no_title():
    assert not_a_title("Original response sent: 28/06/2024")
    assert not_a_title("Internal review requested: 2 July 2024")
    assert not not_a_title("Internal review: Horse passports")


def test_a_whatdotheyknow_attachment_is_titled_by_its_request_not_its_file_name():
    attach = "https://www.whatdotheyknow.com/request/512345/response/1234567/attach/html/3/Reply%2012%2024.pdf.html"
    letter = ("This is an HTML version of an attachment to the Freedom of Information request 'Police horse feed'.\n\n"
              "Our ref: 1224/24\n\nDear Mr Rider\n\nThe force spent £41,200 on horse feed in 2023.\n")
    assert parse_document(letter.encode(), "text/plain", attach)["title"] == "Police horse feed"
    bare = "Our ref: 1224/24\n\nDear Mr Rider\n\nThe force spent £41,200 on horse feed in 2023.\n"
    assert parse_document(bare.encode(), "text/plain", attach)["title"] != "Reply 12 24.pdf"


LETTER = ("Anyshire Constabulary\nFreedom of Information Team, Police Headquarters\n"
          "Our reference: 0451/25\nDate: 6 March 2025\n\nDear Ms Reader,\n\n"
          "Request: Mounted patrols at county shows\n\n"
          "Thank you for your request received on 10 February 2025.\n\n"
          "Q1. How many mounted patrols attended county shows in 2024?\nThere were 11.\n\n"
          "Yours sincerely,\nInformation Rights Team\n\n"
          "Durham Constabulary - Freedom of Information Page 1\n")


def test_a_letters_request_label_is_no_part_of_its_subject_and_a_footers_page_mark_no_reference():
    rec = parse_document(LETTER.encode(), "text/plain")
    assert rec["title"] == "Mounted patrols at county shows"
    assert rec["reference"] == "0451/25"


def test_a_running_footer_with_only_a_page_mark_gives_no_reference():
    from parsers.fields.reference import foi_line
    assert foi_line("Durham Constabulary - Freedom of Information Page 1") is None
    assert foi_line("Durham Constabulary - Freedom of Information 0451/25 Page 1") == "0451/25"


def test_a_letter_with_no_subject_line_is_titled_by_the_subject_its_thanks_name():
    text = ("Durham Constabulary\nReference: 214/25\n26 February 2025\n\nDear Mr Reader,\n\n"
            "Thank you for your request for information about police horse retirements,\n"
            "which we received on 3 February 2025. You asked:\n\n"
            "1. How many police horses retired in 2024?\n\nThere were 4.\n")
    assert parse_document(text.encode(), "text/plain")["title"] == "police horse retirements"
    plain = text.replace("about police horse retirements,\n", "")
    assert parse_document(plain.encode(), "text/plain")["title"] is None  # the thanks name nothing


def test_a_logs_or_listings_own_heading_is_no_title():
    from parsers.fields.title_checks import not_a_title
    for heading in ("Published items", "Disclosure log", "Freedom of Information Disclosure Log", "Search results"):
        assert not_a_title(heading), heading
    assert not not_a_title("Police horse retirements")
    assert not not_a_title("Dog bites")  # two words, no listing noun: a subject
    text = ("Freedom of Information Disclosure Log\n\nHere you will find the requests we have published.\n\n"
            "Reference: 9999-18\nDate: 11/09/2018\n\nYou asked:\n1) How many police horses were retired?\n"
            "There were 4.\n")
    rec = parse_document(text.encode(), "text/plain", url="https://www.cleveland.police.uk/advice/foi/FOI-Disclosure-Log.aspx")
    assert rec["title"] is None


def test_a_direct_dial_line_is_no_title_and_an_empty_ref_label_over_the_date_no_reference():
    text = ("Thames Valley Police\nHeadquarters\nTelephone: 101\nDirect dial: 01865 000000\n"
            "Our ref:\n07 March 2019\n\nDear Mr Reader\n\n"
            "I write in response to your request submitted on 10/02/2019.\n"
            "Please tell me how many police horses the force owns.\nThe force owns 12 horses.\n")
    rec = parse_document(text.encode(), "text/plain")
    assert rec["title"] is None
    assert rec["reference"] is None
    assert rec["published"] == "2019-03-07"


def test_an_asks_opening_words_are_no_title():
    from parsers.fields.title_checks import not_a_title
    assert not_a_title("Please provide a copy of the below reports as set out in your response to 2022/25114")
    assert not_a_title("Could you tell me how many horses the force owns")
    assert not not_a_title("Provision of horses to the mounted unit")


def test_a_page_copys_heading_sits_above_its_reference_field_and_a_breadcrumb_is_no_title():
    text = ("Leave this site\nWe use some essential cookies to make this website work.\n"
            "Report\nRequest\nContact us\nHome\nFOI and access to information\nDisclosure log\n"
            "Horse feed contracts\nReference number: 0937/25\nDate: 15 July 2025\n"
            "Request\nPlease supply the horse feed contracts since 2020.\nResponse\nThe contracts are attached.\n")
    assert parse_document(text.encode(), "text/plain")["title"] == "Horse feed contracts"
    letter = ("Durham Constabulary\nAykley Heads, Durham\nOur ref: 0937/25\nDate: 15 July 2025\n\n"
              "Dear Mr Reader,\n\nThank you for your request.\n")
    assert parse_document(letter.encode(), "text/plain")["title"] is None  # a letter's address is no heading


def test_columned_letterhead_marking_month_heading_and_welsh_banner_are_no_titles():
    # texts written for this test: a letterhead set in columns with its protective marking, a log's
    # month heading, the Welsh quick-exit button; the subject line after the salutation is the title
    from parsers import parse_document

    def title(text: str):
        return parse_document(text.encode(), "text/plain")["title"]

    letter = ("LAKESHIRE CONSTABULARY                                        OFFICIAL\n\n"
              "Our ref: LC/FOI 1432/26\nDate: 23 September 2026\n\nDear Requester\n\n"
              "Request for information - complaint about a named sergeant\n\n"
              "Your request, received on 28 August 2026, was:\n\n"
              "1. Has a complaint been made about Sergeant Jones?\n")
    assert title(letter) == "Complaint about a named sergeant"
    assert title("March 2017\n\nFreedom of Information Request Reference No: FOI 003333/17\n\n"
                 "I write in connection with your request for information.\n") is None
    assert title("Allanfa Gyflym\nFOI Reference: 777/2025\nRequest:\nHow many boats does the force own?\n"
                 "Response:\nThe force owns 3 boats.\n") is None
    assert title("Fatal road collisions - Request under the Freedom of Information Act 2000\n\n"
                 "Dear Requester\n\n1. How many fatal collisions were there in 2025?\n") == "Fatal road collisions"
