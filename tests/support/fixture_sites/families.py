"""One fixture log per platform family, in the URL shapes of FORCE-SITES.md."""
from __future__ import annotations

SOH_ROOT = "/foi-ai/test-police"
SOH_FILES = "/SysSiteAssets/foi-media/test-police"
D24 = f"{SOH_ROOT}/disclosure-2024"

SOH = {
    "platform": "soh",
    "start": f"{SOH_ROOT}/",
    "listings": {
        f"{SOH_ROOT}/": [f"{D24}/", f"{SOH_ROOT}/d/", f"{SOH_ROOT}/disclosure-log/",
                         f"{SOH_ROOT}/foi-disclosure-2024/", f"{SOH_ROOT}/disclosure/",
                         f"{SOH_ROOT}/disclosure-logs/",
                         f"{SOH_ROOT}/other-information/previous-foi-requests/"],
        f"{D24}/": [f"{D24}/march-2024/"],
        f"{D24}/march-2024/": [f"{D24}/march-2024/drones-a/", f"{D24}/march-2024/tasers-b/"],
        f"{D24}/march-2024/?page=2": [f"{D24}/march-2024/vetting-c/", f"{D24}/march-2024/drones-a/"],
        f"{SOH_ROOT}/d/": [f"{SOH_ROOT}/d/may-2022/"],
        f"{SOH_ROOT}/d/may-2022/": [f"{SOH_ROOT}/d/may-2022/custody-g/"],
        f"{SOH_ROOT}/disclosure-log/": [f"{SOH_ROOT}/disclosure-log/2025/"],
        f"{SOH_ROOT}/disclosure-log/2025/": [f"{SOH_ROOT}/disclosure-log/2025/june/"],
        f"{SOH_ROOT}/disclosure-log/2025/june/": [f"{SOH_ROOT}/disclosure-log/2025/june/foi-12325/"],
        f"{SOH_ROOT}/foi-disclosure-2024/": [f"{SOH_ROOT}/foi-disclosure-2024/july-2024/"],
        f"{SOH_ROOT}/foi-disclosure-2024/july-2024/": [
            f"{SOH_ROOT}/foi-disclosure-2024/july-2024/foi-1-2024--jul-2024--drones/"],
        f"{SOH_ROOT}/disclosure/": [f"{SOH_ROOT}/disclosure/2025/"],
        f"{SOH_ROOT}/disclosure/2025/": [f"{SOH_ROOT}/disclosure/2025/august/"],
        f"{SOH_ROOT}/disclosure/2025/august/": [f"{SOH_ROOT}/disclosure/2025/august/foi-89-26-cars/"],
        f"{SOH_ROOT}/disclosure-logs/": [f"{SOH_ROOT}/disclosure-logs/2025/july/"],
        f"{SOH_ROOT}/disclosure-logs/2025/july/": [
            f"{SOH_ROOT}/disclosure-logs/2025/july/foi-11554-25-dogs/"],
        f"{SOH_ROOT}/other-information/previous-foi-requests/": [
            f"{SOH_ROOT}/other-information/previous-foi-requests/pub-1316/"],
    },
    "entries": {
        f"{D24}/march-2024/drones-a/": [f"{SOH_FILES}/disclosure_2024/march_2024/drones-a.pdf"],
        f"{D24}/march-2024/tasers-b/": [f"{SOH_FILES}/disclosure_2024/march_2024/tasers-b.docx"],
        f"{D24}/march-2024/vetting-c/": [f"{SOH_FILES}/disclosure_2024/march_2024/vetting-c.xlsx"],
        f"{D24}/march-2024/flaky-d/": [],
        f"{D24}/march-2024/new-name-e/": [],
        f"{SOH_ROOT}/d/may-2022/custody-g/": [f"{SOH_FILES}/d/may_2022/custody-g.csv"],
        f"{SOH_ROOT}/disclosure-log/2025/june/foi-12325/": [],
        f"{SOH_ROOT}/foi-disclosure-2024/july-2024/foi-1-2024--jul-2024--drones/": [],
        f"{SOH_ROOT}/disclosure/2025/august/foi-89-26-cars/": [],
        f"{SOH_ROOT}/disclosure-logs/2025/july/foi-11554-25-dogs/": [],
        f"{SOH_ROOT}/other-information/previous-foi-requests/pub-1316/": [],
    },
    "trouble_on": f"{D24}/march-2024/",
    "trouble": {"missing": f"{D24}/march-2024/withdrawn-x/", "flaky": f"{D24}/march-2024/flaky-d/",
                "moved": f"{D24}/march-2024/old-name-e/", "moved_to": f"{D24}/march-2024/new-name-e/",
                "blocked": f"{D24}/march-2024/blocked-f/", "throttled": f"{D24}/march-2024/?page=2"},
    "outside": [f"{SOH_ROOT}/publication-scheme/", "/rqo/request/", "http://elsewhere.invalid/log/"],
}

WP = {
    "platform": "wordpress",
    "start": "/",
    "listings": {
        "/": ["/drones-3300-18/", "/category/foi/"],
        "/page/2/": ["/tasers-428a-23/", "/?p=77"],
        "/category/foi/": ["/drones-3300-18/", "/2019/"],
        "/2019/": ["/2019/05/02/custody-1157a-22/"],
    },
    "entries": {
        "/drones-3300-18/": ["/wp-content/uploads/2018/03/3300_PIT_01.pdf"],
        "/tasers-428a-23/": ["/wp-content/uploads/2023/01/428A_23_attachment.docx"],
        "/?p=77": ["/wp-content/uploads/2022/02/figures.xlsx"],
        "/2019/05/02/custody-1157a-22/": ["/wp-content/uploads/2019/05/custody.csv"],
        "/flaky-100-20/": [],
        "/new-name-200-21/": [],
    },
    "trouble_on": "/",
    "trouble": {"missing": "/gone-404-19/", "flaky": "/flaky-100-20/", "moved": "/old-name-200-21/",
                "moved_to": "/new-name-200-21/", "blocked": "/private-draft/",
                "throttled": "/page/2/"},
    "outside": ["/wp-admin/", "/feed/", "http://www.elsewhere.invalid/"],
}

PSNI_LOG = "/foi-disclosure-log"
PSNI = {
    "platform": "psni",
    "start": PSNI_LOG,
    "listings": {
        PSNI_LOG: [f"{PSNI_LOG}/stop-search-figures", f"{PSNI_LOG}?page=1"],
        f"{PSNI_LOG}?page=1": [f"{PSNI_LOG}/drone-usage", f"{PSNI_LOG}?page=2"],
        f"{PSNI_LOG}?page=2": [f"{PSNI_LOG}/stop-search-figures", f"{PSNI_LOG}/vetting-data"],
    },
    "entries": {
        f"{PSNI_LOG}/stop-search-figures": ["/sites/default/files/2024-01/FOI-15929.pdf"],
        f"{PSNI_LOG}/drone-usage": ["/sites/default/files/2024-02/F-013412.docx"],
        f"{PSNI_LOG}/vetting-data": ["/sites/default/files/2024-03/vetting.xlsx",
                                     "/sites/default/files/2024-03/vetting.csv"],
        f"{PSNI_LOG}/flaky-entry": [],
        f"{PSNI_LOG}/new-slug": [],
    },
    "trouble_on": PSNI_LOG,
    "trouble": {"missing": f"{PSNI_LOG}/withdrawn", "flaky": f"{PSNI_LOG}/flaky-entry",
                "moved": f"{PSNI_LOG}/old-slug", "moved_to": f"{PSNI_LOG}/new-slug",
                "blocked": f"{PSNI_LOG}/restricted", "throttled": f"{PSNI_LOG}?page=1"},
    "outside": ["/news", "/about-us/annual-report", "http://elsewhere.invalid/"],
}

SCOT = "/access-to-information/freedom-of-information/disclosure-log"
PDF = {
    "platform": "pdf_letters",
    "start": f"{SCOT}/",
    "listings": {
        f"{SCOT}/": [f"{SCOT}/disclosure-log-2024/"],
        f"{SCOT}/disclosure-log-2024/": [f"{SCOT}/disclosure-log-2024/march/",
                                         f"{SCOT}/disclosure-log-2024/april/"],
        f"{SCOT}/disclosure-log-2024/march/": [f"{SCOT}/disclosure-log-2024/march/24-0942-drones/",
                                               "/spa-media/abc/24-0950-letter.pdf"],
        f"{SCOT}/disclosure-log-2024/april/": [f"{SCOT}/disclosure-log-2024/april/24-1001-tasers/",
                                               "/spa-media/abc/24-0950-letter.pdf"],
    },
    "entries": {
        f"{SCOT}/disclosure-log-2024/march/24-0942-drones/": ["/spa-media/abc/24-0942.pdf",
                                                              "/spa-media/abc/24-0942-data.xlsx"],
        f"{SCOT}/disclosure-log-2024/april/24-1001-tasers/": ["/spa-media/abc/24-1001.docx",
                                                              "/spa-media/abc/24-1001.csv"],
        f"{SCOT}/disclosure-log-2024/march/24-0999-flaky/": [],
        f"{SCOT}/disclosure-log-2024/march/24-0998-new/": [],
    },
    "trouble_on": f"{SCOT}/disclosure-log-2024/march/",
    "trouble": {"missing": f"{SCOT}/disclosure-log-2024/march/24-0001-gone/",
                "flaky": f"{SCOT}/disclosure-log-2024/march/24-0999-flaky/",
                "moved": f"{SCOT}/disclosure-log-2024/march/24-0998-old/",
                "moved_to": f"{SCOT}/disclosure-log-2024/march/24-0998-new/",
                "blocked": f"{SCOT}/disclosure-log-2024/march/24-0002-blocked/",
                "throttled": f"{SCOT}/disclosure-log-2024/april/"},
    "outside": ["/access-to-information/freedom-of-information/publication-scheme/",
                "/what-s-happening/news/", "http://elsewhere.invalid/"],
}

DL = {
    "platform": "disclosurelog",
    "start": "/",
    "listings": {
        "/": ["/disclosures/6f1c2d3e-0001", "/?page=2"],
        "/?page=2": ["/disclosures/6f1c2d3e-0002", "/disclosures/6f1c2d3e-0001"],
    },
    "entries": {
        "/disclosures/6f1c2d3e-0001": ["/disclosures/6f1c2d3e-0001/files/response.pdf",
                                       "/disclosures/6f1c2d3e-0001/files/data.csv"],
        "/disclosures/6f1c2d3e-0002": ["/disclosures/6f1c2d3e-0002/files/letter.docx",
                                       "/disclosures/6f1c2d3e-0002/files/table.xlsx"],
        "/disclosures/6f1c2d3e-0003": [],
        "/disclosures/6f1c2d3e-0005": [],
    },
    "trouble_on": "/",
    "trouble": {"missing": "/disclosures/6f1c2d3e-0404", "flaky": "/disclosures/6f1c2d3e-0003",
                "moved": "/disclosures/6f1c2d3e-0004", "moved_to": "/disclosures/6f1c2d3e-0005",
                "blocked": "/disclosures/6f1c2d3e-0006", "throttled": "/?page=2"},
    "outside": ["/login", "/request/new", "http://www.cityoflondon.invalid/"],
}

FAMILIES = {"soh": SOH, "wordpress": WP, "psni": PSNI, "pdf_letters": PDF, "disclosurelog": DL}
