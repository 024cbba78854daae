// Czech pages' ends (src/lexicon/cs.txt): the titles of the lists of other articles under the text ("Další zprávy",
// "Související"), the prompt asking for errors, a newsletter's sign-up box, a relative date ("před 2 hodinami"), and
// the stopwords that rate Czech prose as text. Each kind beside its Polish or German twin. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::block_of;
using archive::test::paragraphs_of;

namespace {

bool in_body(const Article& a, const std::string& line) {
    const auto paragraphs = paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

} // namespace

TEST_CASE("the title of a Czech list of other articles ends the article as its twins do", "[lang60b][terminator]") {
    for (const char* line :
         {"Další zprávy", "Nejnovější zprávy", "Související", "Podobné články", "Další články", "O autorovi",
          "Redakce doporučuje", "Právě se děje", "Weitere Nachrichten", "Najnowsze artykuły", "Latest news"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // Sentences and headings of the text that open alike, or use the words inside.
    for (const char* line : {"Další zprávy o nehodě přineseme hned, jakmile je policie zveřejní.",
                             "Ministr řekl, že související zákony projedná vláda až na jaře.",
                             "Podle redakce se o autorovi dopisu zatím nic neví."}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("a Czech article ends at the list of other stories under it, not at a related box inside it",
          "[lang60b][region]") {
    const std::string page = R"(Zprávy
Domácí
Zahraničí
V Lovosicích otevřeli nový most přes Labe

Silničáři v pondělí otevřeli nový most přes Labe v Lovosicích, o celý rok dříve, než se původně počítalo.

Stavba začala před dvěma lety a měla stát zhruba devět set milionů korun, cena se nakonec vešla do rozpočtu.

Související
Oprava dálnice u Lovosic potrvá až do léta

Řidiči se tak vyhnou dlouhé objížďce přes sousední okres, na které se v ranní špičce tvořily kolony aut.

Starý most se po otevření nového zavře a kraj ho nechá zbourat, jakmile to dovolí počasí a povolení úřadů.

Sdílet
Další zprávy
Na náměstí v Litoměřicích vyroste nová fontána pro děti
Radní v Litoměřicích schválili stavbu nové fontány na náměstí, kterou si přáli hlavně rodiče malých dětí.
Vlaky mezi Ústím a Děčínem pojedou o víkendu jen po jedné koleji
Správa železnic bude o víkendu opravovat trať v údolí Labe, a vlaky proto nabírají zpoždění až dvacet minut.
Nemocnice v Teplicích otevře nové oddělení pro děti už v lednu
Nové oddělení bude mít třicet lůžek a pracovat na něm bude přes dvacet sester a pět lékařů, uvedla nemocnice.
)";
    const Article a = parse(page, "page.txt");
    CHECK(a.language == "cs");
    CHECK(in_body(a, "Stavba začala před dvěma lety a měla stát zhruba devět set milionů korun, cena se nakonec "
                     "vešla do rozpočtu."));
    CHECK(in_body(a, "Starý most se po otevření nového zavře a kraj ho nechá zbourat, jakmile to dovolí počasí a "
                     "povolení úřadů."));
    CHECK_FALSE(in_body(a, "Radní v Litoměřicích schválili stavbu nové fontány na náměstí, kterou si přáli hlavně "
                           "rodiče malých dětí."));
    CHECK_FALSE(in_body(a, "Nové oddělení bude mít třicet lůžek a pracovat na něm bude přes dvacet sester a pět "
                           "lékařů, uvedla nemocnice."));
}

TEST_CASE("Czech running text is rated as text by its stopwords", "[lang60b][quality]") {
    // Czech writes few short words (its cases do the work of prepositions): a paragraph has a fifth of them.
    for (const char* line :
         {"Hasiči museli v noci znovu vyjet k požáru skladu, protože se oheň pod střechou opět rozhořel a dým byl "
          "vidět "
          "až z dálnice.",
          "Vedení města proto chce, aby se o budoucnosti nádraží rozhodlo ještě letos, dokud jsou k dispozici peníze "
          "z evropských fondů."}) {
        INFO(line);
        CHECK(block_quality(block_of(line), "cs") == Quality::good);
    }
    // A line of names and a menu are no text.
    CHECK(block_quality(block_of("Domácí Zahraničí Ekonomika Sport Kultura Počasí Komentáře Video Podcasty"), "cs") !=
          Quality::good);
}

TEST_CASE("a Czech prompt asking for errors is one, as its twins are", "[lang60b][notice]") {
    for (const char* line : {"Našli jste v článku chybu? Napište nám.",
                             "Pokud v textu najdete překlep, dejte nám prosím vědět přes formulář.", "Nahlásit chybu",
                             "Fehler gefunden? Bitte melden Sie ihn uns.", "Report an error"}) {
        INFO(line);
        CHECK(error_report_notice(block_of(line)));
    }
    for (const char* line : {"Ministr připustil, že udělal chybu, a omluvil se cestujícím.",
                             "Kontroloři našli v účetnictví města chyby za několik milionů korun."}) {
        INFO(line);
        CHECK_FALSE(error_report_notice(block_of(line)));
    }
}

TEST_CASE("a Czech relative date is one, as its twins are", "[lang60b][dates]") {
    for (const char* line : {"před 2 hodinami", "před 15 minutami", "před 3 dny", "vor 2 Stunden", "2 hours ago"}) {
        INFO(line);
        const DateLine d = read_dates(line, "cs");
        CHECK(d.relative);
        CHECK_FALSE(d.published);
    }
    // "před" is a preposition of place too: a number of houses is no date.
    CHECK_FALSE(read_dates("před 2 domy", "cs").relative);
}

TEST_CASE("a Czech newsletter sign-up box between two paragraphs leaves the body", "[lang60b][signup]") {
    const std::string page = R"(Nový most přes Labe otevřeli o rok dříve

Silničáři v pondělí otevřeli nový most přes Labe v Lovosicích, o celý rok dříve, než se původně počítalo.

Stavba začala před dvěma lety a měla stát zhruba devět set milionů korun, cena se nakonec vešla do rozpočtu.

Odebírejte náš newsletter
Zprávy z regionu každé ráno do vaší e-mailové schránky.
Přihlásit k odběru

Řidiči se tak vyhnou dlouhé objížďce přes sousední okres, na které se v ranní špičce tvořily kolony aut.
)";
    const Article a = parse(page, "page.txt");
    for (const std::string line : {"Odebírejte náš newsletter",
                                   "Zprávy z regionu každé ráno do vaší e-mailové schránky.", "Přihlásit k odběru"}) {
        INFO(line);
        CHECK_FALSE(in_body(a, line));
    }
    CHECK(in_body(a, "Řidiči se tak vyhnou dlouhé objížďce přes sousední okres, na které se v ranní špičce tvořily "
                     "kolony aut."));
}
