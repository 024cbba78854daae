// Czech pages (src/lexicon/cs.txt): their language told apart from Polish and Slovak, their date lines ("5. prosince
// 2026 14:32, aktualizováno 16:05"), bylines ("Autor: X, ČTK", "X, ČTK"), the ČTK agency and the cues and roles of
// Czech news ("řekl ministr", "uvedla mluvčí", "podle"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

struct LangRow {
    const char* text;
    const char* lang;
};

// The quote whose text is `text`, or null.
const Quote* quote_with(const Article& a, const std::string& text) {
    for (const auto& q : a.quotes)
        if (q.text == text)
            return &q;
    return nullptr;
}

// A Czech page: menu, kicker, title, standfirst, date line, byline, body with quotes, agency tag, footer.
const char* const czech_page =
    "Zprávy z regionu\n"
    "Domácí\n"
    "Zahraničí\n"
    "Ekonomika\n"
    "Doprava\n"
    "Nový most přes Labe v Lovosicích otevřou už v březnu, stavba skončí o rok dříve\n"
    "Silničáři dokončí most přes Labe o celý rok dříve, než se původně počítalo. Řidiči se tak vyhnou objížďce "
    "přes sousední okres.\n"
    "5. prosince 2026 14:32, aktualizováno 16:05\n"
    "Autor: Jana Horáková, ČTK\n"
    "Sdílet\n"
    "Stavba nového mostu začala před dvěma lety a měla stát zhruba 900 milionů korun. Podle posledních odhadů se "
    "cena nakonec vejde do rozpočtu a most bude hotový už na jaře.\n"
    "„Stavbaři pracovali i o víkendech a počasí nám letos přálo. Most otevřeme pro auta v polovině března,“ řekl "
    "po jednání zastupitelstva hejtman Petr Vondráček.\n"
    "Dodal, že starý most se po otevření nového zavře a kraj ho nechá zbourat.\n"
    "Obyvatelé Lovosic se na otevření těší. Objížďka je podle nich dlouhá a v ranní špičce se na ní tvoří kolony.\n"
    "„Každý den jezdím do práce o půl hodiny déle. Konečně to skončí,“ uvedla místní řidička Eva Kučerová.\n"
    "Mluvčí správy silnic Tomáš Dvořák sdělil, že na stavbě mostu pracovalo v nejlepších dnech přes dvě stě lidí.\n"
    "ČTK\n"
    "Související\n"
    "Oprava dálnice D8 u Lovosic potrvá do léta\n";

} // namespace

TEST_CASE("a Czech text is Czech, not Polish, and a Slovak one Slovak", "[lang][cs]") {
    const LangRow rows[] = {
        // short lines: the letters only Czech writes (ě ř ů), no stopwords enough to tell
        {"Vláda ve středu schválila zvýšení přídavků pro rodiny s dětmi.", "cs"},
        {"Starosta řekl, že most bude opraven do konce příštího roku.", "cs"},
        // the same lines in Polish stay Polish
        {"Rząd w środę przyjął projekt ustawy o podwyżkach dla nauczycieli.", "pl"},
        {"Według rzecznika policji to już trzeci taki przypadek w tym miesiącu.", "pl"},
        // running Czech text, which shares many short words with Polish ("a", "na", "do", "to", "po", "za")
        {"Policie to potvrdila až po poledni. Pachatel se do pobočky dostal oknem a na místě byl jen pár minut, "
         "než ho zahlédla uklízečka. Podle vyšetřovatelů to nebyl jeho první čin a na útěku mu mohl někdo pomoci. "
         "Ve čtvrtek se na poště znovu otevře, ale jen do poledne, protože část zaměstnanců je na dovolené. Už "
         "teď je ale jasné, že pošta bude mít nové zabezpečení a že o něm rozhodne vedení do konce roku.",
         "cs"},
        // running Slovak text, which shares many of Czech's words: its letters ľ ĺ ŕ tell it
        {"Polícia to potvrdila až po obede. Páchateľ sa do pobočky dostal oknom a na mieste bol len pár minút, "
         "kým ho zbadala upratovačka. Podľa vyšetrovateľov to nebol jeho prvý čin a na úteku mu mohol niekto "
         "pomôcť. Vo štvrtok sa pošta znovu otvorí, ale len do obeda, pretože časť zamestnancov je na dovolenke. "
         "Už teraz je ale jasné, že pošta bude mať nové zabezpečenie a že o ňom rozhodne vedenie do konca roka. "
         "Ľudia z okolia sú znepokojení.",
         "sk"},
        // running Polish text naming a Czech person keeps Polish
        {"Policja potwierdziła to dopiero po południu. Sprawca dostał się do placówki przez okno i był na miejscu "
         "tylko kilka minut, zanim zauważyła go sprzątaczka. Według śledczych to nie był jego pierwszy czyn, a w "
         "ucieczce mógł mu ktoś pomóc. Jak powiedział czeski ekspert Jiří Dvořák, poczta ma już nowe zabezpieczenia "
         "i o ich wymianie zdecyduje zarząd do końca roku.",
         "pl"},
    };
    for (const LangRow& r : rows) {
        INFO(r.text);
        CHECK(detect_language(std::string_view(r.text)) == r.lang);
        CHECK(detect_language(segment(r.text)) == r.lang);
    }
}

TEST_CASE("a Czech page gives its language, dates, byline, agency, cues and roles", "[cs][dates][quotes]") {
    const Article a = parse(czech_page);
    CHECK(a.language.value_or("") == "cs");
    CHECK(a.authors == std::vector<std::string>{"Jana Horáková"}); // "Autor: X, ČTK"
    CHECK(a.published.value_or("") == "2026-12-05T14:32");        // "5. prosince 2026 14:32"
    CHECK(a.updated.value_or("") == "2026-12-05T16:05");          // ", aktualizováno 16:05"
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->agencies == std::vector<std::string>{"ctk"});
    // a postposed cue and a role before the name ("řekl po jednání zastupitelstva hejtman Petr Vondráček")
    const Quote* said = quote_with(a, "Stavbaři pracovali i o víkendech a počasí nám letos přálo. Most otevřeme pro "
                                      "auta v polovině března");
    REQUIRE(said);
    CHECK(said->cue.value_or("") == "řekl");
    CHECK(said->speaker.value_or("") == "Petr Vondráček");
    const Quote* told = quote_with(a, "Každý den jezdím do práce o půl hodiny déle. Konečně to skončí");
    REQUIRE(told);
    CHECK(told->cue.value_or("") == "uvedla");
    CHECK(told->speaker.value_or("") == "Eva Kučerová");
    // a spokesman's role in the genitive before the name, then "sdělil, že"
    const Quote* that = quote_with(a, "na stavbě mostu pracovalo v nejlepších dnech přes dvě stě lidí");
    REQUIRE(that);
    CHECK(that->cue.value_or("") == "sdělil");
    CHECK(that->speaker.value_or("") == "Tomáš Dvořák");
}
