"""One spider per platform family; `SPIDERS` maps a registry `platform` to its spider."""
from crawler.spiders.disclosurelog import DisclosureLogSpider
from crawler.spiders.generic import GenericSpider
from crawler.spiders.govuk import GovukSpider
from crawler.spiders.ico import IcoSpider
from crawler.spiders.pdf_letters import PdfLettersSpider
from crawler.spiders.psni import PsniSpider
from crawler.spiders.soh import SohSpider
from crawler.spiders.wordpress import WordPressSpider

SPIDERS = {cls.name: cls for cls in (SohSpider, WordPressSpider, PdfLettersSpider, PsniSpider,
                                     DisclosureLogSpider, GenericSpider, GovukSpider, IcoSpider)}
