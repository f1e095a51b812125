"""A WordPress post's comment section ("Leave a Reply", the field labels, "Post Comment") is page
furniture: it never reaches the last answer or the response text, in HTML or in a text copy.
The pages below were written for this test in the shape of a WordPress disclosure log."""
from __future__ import annotations

import re

import lxml.html
import pytest

from parsers import parse_document
from parsers.comment_forms import (
    _FORM_LINE,
    _HEADING,
    _LABEL,
    COMMENT_MARKUP,
    FIELD_LABELS,
    FORM_HEADINGS,
    FORM_LINES,
    comment_form_lines,
    is_comment_markup,
)

FORM_WORDS = re.compile(r"leave a (?:reply|comment)|will not be published|post comment|save my name|"
                        r"required fields|cancel reply|comments are closed|\bwebsite\b", re.I)

WP_PAGE = """<!DOCTYPE html><html><head><title>Horse patrols (1402/24) &#8211; Freedom of Information</title></head>
<body class="post-template-default single">
<main id="main" class="site-main">
<article class="post type-post"><header class="entry-header">
<h1 class="entry-title">Horse patrols (1402/24)</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2024-05-14T09:00:00+00:00">14 May 2024</time>
<span class="comments-link"><a href="#respond">Leave a comment</a></span></div></header>
<div class="entry-content">
<h2>Request</h2>
<p>1) How many horses does the mounted section keep?</p>
<p>2) How many hours did the horses patrol in 2023?</p>
<h2>Response</h2>
<p>1) The mounted section keeps 9 horses.</p>
<p>2) The horses patrolled for 1,812 hours in 2023.</p>
</div></article>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author"></p>
<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email"></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url"></p>
<p class="comment-form-cookies-consent"><input type="checkbox"><label>Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input type="submit" value="Post Comment"></p>
</form></div></div>
</main></body></html>"""

# The same page as a browser's "save as text" gives it.
WP_TEXT = """Skip to content
Horse patrols (1402/24)
14 May 2024
Leave a comment

Request
1) How many horses does the mounted section keep?
2) How many hours did the horses patrol in 2023?

Response
1) The mounted section keeps 9 horses.
2) The horses patrolled for 1,812 hours in 2023.

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Comment *

Name *

Email *

Website

Save my name, email, and website in this browser for the next time I comment.

Post Comment
"""


def _check(rec: dict) -> None:
    qs = rec["questions"]
    assert [q["text"] for q in qs] == ["How many horses does the mounted section keep?",
                                      "How many hours did the horses patrol in 2023?"]
    assert qs[-1]["answer"] and "1,812 hours" in qs[-1]["answer"]
    assert not FORM_WORDS.search(qs[-1]["answer"]), qs[-1]["answer"]
    assert "1,812 hours" in rec["response_text"]
    assert not FORM_WORDS.search(rec["response_text"]), rec["response_text"]


def test_html_comment_section_is_dropped_by_markup():
    _check(parse_document(WP_PAGE.encode(), "text/html", "https://foi.example-police.uk/horse-patrols-1402-24/"))


def test_text_copy_comment_form_is_dropped():
    _check(parse_document(WP_TEXT.encode(), "text/plain"))


def test_closed_comments_line_is_dropped():
    text = WP_TEXT.split("Leave a Reply")[0] + "Comments are closed.\n"
    _check(parse_document(text.encode(), "text/plain"))


def test_a_responses_own_form_words_stay():
    """'Name' or 'Website' in the response, and a heading with prose under it, are not a form."""
    lines = ["Response", "The supplier's details are below.", "Name", "Example Saddlery Ltd",
             "Website", "www.example-saddlery.co.uk", "", "Leave a comment",
             "We invite comments on the draft policy by 30 June 2024."]
    assert comment_form_lines(lines) == set()


def test_markup_examples_are_recognised():
    for attr, value, example in COMMENT_MARKUP:
        el = lxml.html.fragment_fromstring(example)
        assert el.get(attr) == value or value in (el.get(attr) or "").split(), example
        assert is_comment_markup(el), example
    assert not is_comment_markup(lxml.html.fragment_fromstring('<div id="comments">Our comments</div>'))
    assert not is_comment_markup(lxml.html.fragment_fromstring('<div class="entry-content">x</div>'))


@pytest.mark.parametrize(("pattern", "table"), [(_HEADING, FORM_HEADINGS), (_FORM_LINE, FORM_LINES),
                                                (_LABEL, FIELD_LABELS)])
def test_every_vocabulary_example_matches(pattern, table):
    for _, example in table:
        assert pattern.match(example), example
