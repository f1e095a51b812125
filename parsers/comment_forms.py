"""Blog comment forms under a published response (WordPress disclosure logs such as West Midlands).

A WordPress post ends with a comment section: a "Leave a Reply" heading, a note that e-mail
addresses are not published, the field labels (Comment, Name, Email, Website), a consent
checkbox and a "Post Comment" button, or "Comments are closed". None of it is the response.

- In HTML the section is recognised by the ids and classes WordPress gives it (COMMENT_MARKUP),
  whatever the theme prints inside it; parsers/html.py drops those elements.
- In a text copy of the page only the words survive. The field labels are ordinary words
  ("Name", "Website"), so they go only as a block: a comment-form heading followed by a run of
  form lines, or by nothing (the form's inputs left no text). The form's notes and buttons
  (FORM_LINES) never occur in a response, so a run of them goes even without its heading.
Every entry carries an example (checked by tests/parsers/test_comment_forms.py).
"""
from __future__ import annotations

import re

# (attribute, value, example element): WordPress's own names for the comment section and its parts.
# A theme may add classes, never remove these (comment-template.php prints them). A bare
# id="comments" is left alone: a force's own page may name a content section so.
COMMENT_MARKUP: list[tuple[str, str, str]] = [
    ("id", "respond", '<div id="respond" class="comment-respond">'),
    ("id", "commentform", '<form id="commentform" class="comment-form" action="/wp-comments-post.php">'),
    ("id", "reply-title", '<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'),
    ("class", "comment-respond", '<div class="comment-respond">'),
    ("class", "comments-area", '<section class="comments-area">'),
    ("class", "comment-form", '<form class="comment-form">'),
    ("class", "comment-reply-title", '<h3 class="comment-reply-title">Leave a Comment</h3>'),
    ("class", "comment-list", '<ol class="comment-list">'),
    ("class", "commentlist", '<ol class="commentlist">'),
    ("class", "comments-title", '<h2 class="comments-title">One thought on this post</h2>'),
    ("class", "no-comments", '<p class="no-comments">Comments are closed.</p>'),
    ("class", "comments-link", '<span class="comments-link"><a href="#respond">Leave a comment</a></span>'),
]
_IDS = {v for a, v, _ in COMMENT_MARKUP if a == "id"}
_CLASSES = {v for a, v, _ in COMMENT_MARKUP if a == "class"}


def is_comment_markup(el) -> bool:
    """An element of a WordPress comment section (its id or one of its classes)."""
    if el.get("id") in _IDS:
        return True
    return bool(_CLASSES.intersection((el.get("class") or "").split()))


# (pattern for the whole line, case-insensitive; example): the headings of a comment section.
FORM_HEADINGS: list[tuple[str, str]] = [
    (r"(?:leave|post|add|write|submit)\s+an?\s+(?:reply|comment|response)(?:\s+cancel\s+reply)?",
     "Leave a Reply"),
    (r"join\s+the\s+(?:discussion|conversation)", "Join the discussion"),
    (r"(?:\d+|one)\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+[\"\u201c'\u2018].{1,160}[\"\u201d'\u2019]",
     "One thought on \u201cDrones (1263A/23)\u201d"),
    (r"(?:\d+|no)\s+comments?", "2 Comments"),
]
_HEADING = re.compile("^(?:" + "|".join(f"(?:{p})" for p, _ in FORM_HEADINGS) + r")\s*$", re.I)

# (pattern for the whole line, case-insensitive; example): the notes, consent line and buttons of
# the form; they never stand in a response.
FORM_LINES: list[tuple[str, str]] = [
    (r"your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s+required\s+fields\s+are\s+marked\s*\*?)?",
     "Your email address will not be published. Required fields are marked *"),
    (r"required\s+fields\s+are\s+marked\s*\*?\.?", "Required fields are marked *"),
    (r"save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser\b.*",
     "Save my name, email, and website in this browser for the next time I comment."),
    (r"notify\s+me\s+of\s+(?:follow-up\s+comments|new\s+posts)\b.*", "Notify me of new posts by email."),
    (r"(?:post|submit)\s+comment", "Post Comment"),
    (r"cancel\s+reply", "Cancel reply"),
    (r"comments\s+are\s+closed\.?", "Comments are closed."),
    (r"you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?", "You must be logged in to post a comment."),
    (r"this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\b.*",
     "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
]
_FORM_LINE = re.compile("^(?:" + "|".join(f"(?:{p})" for p, _ in FORM_LINES) + r")\s*$", re.I)

# The form's field labels, with the required-field sign a copy keeps: ordinary words, so they go
# only inside a block that a heading or a form line opens. (pattern, example)
FIELD_LABELS: list[tuple[str, str]] = [
    (r"(?:comment|name|e-?mail(?:\s+address)?|website|url)\s*(?:\*|\(required\))?", "Email *"),
    (r"\u0394|\*", "\u0394"),  # Akismet's hidden-field sign; a lone required sign
]
_LABEL = re.compile("^(?:" + "|".join(f"(?:{p})" for p, _ in FIELD_LABELS) + r")\s*$", re.I)


def _form_part(s: str) -> bool:
    return bool(_FORM_LINE.match(s) or _LABEL.match(s))


def comment_form_lines(lines: list[str]) -> set[int]:
    """Indexes of comment-form blocks in a text copy: a form heading or form line, with the run of
    form lines and field labels after it (blank lines between them included). A heading counts only
    when form lines follow it or nothing does."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        heading = bool(_HEADING.match(s))
        if not (heading or _FORM_LINE.match(s)):
            i += 1
            continue
        run, j = [i], i + 1
        while j < len(lines):
            t = lines[j].strip()
            if t and not _form_part(t):
                break
            if t:
                run.append(j)
            j += 1
        follows = len(run) > 1 or j >= len(lines)  # form lines follow, or the page ends there
        if not heading or follows:
            drop.update(run)
        i = j if (not heading or follows) else i + 1
    return drop
