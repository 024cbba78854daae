// Names read after role words (session 40): a weekday, a month or a time of the day right after a role noun is when,
// no name ("her coach Friday afternoon", "le juge lundi"); in German a masculine role after the plural article is
// many people, and the capitalised noun after it no name ("die Ermittler Hinweise"); a trade after an article elided
// into it is one word and finds its holder again ("a ajouté l'infirmière"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;
using archive::quote_rows::check_quote;
using archive::quote_rows::PageRow;

namespace {

struct NamesRow {
    const char* language;
    const char* text;
    std::vector<std::string> names;
};

void check_names(const std::vector<NamesRow>& rows) {
    std::vector<quoting::NameSpan> names;
    for (const NamesRow& r : rows) {
        INFO(r.language << ": " << r.text);
        quoting::Speakers sp = speakers_for(r.language);
        sp.capitalised_nouns = std::string(r.language) == "de"; // (as extract_quotes sets it)
        std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &sp.lexs);
        quoting::names_into(names, ws, sp);
        std::vector<std::string> found;
        for (const auto& n : names)
            found.push_back(quoting::span_text(s, ws, n.first, n.last));
        CHECK(found == r.names);
    }
}

} // namespace

TEST_CASE("a weekday, a month or a time of the day after a role noun is no name", "[quotes][quotes71]") {
    check_names({
        {"en", "She spoke with her coach Friday about the race.", {}},
        {"en", "He released a letter from his doctor Monday that says he is fit.", {}},
        {"en", "They met the mayor Evening after evening.", {}},
        {"fr", "Les avocats ont rencontré le juge Lundi à Lyon.", {}},
        {"fr", "Elle a revu l'entraîneur Mardi au stade.", {}},
        {"it", "La famiglia ha incontrato il sindaco Lunedì in municipio.", {}},
        {"es", "Los vecinos vieron al alcalde Martes en la plaza.", {}},
        {"de", "Die Eltern trafen den Trainer Sonntag am Platz.", {}},
        // (a name after the role is still read as one)
        {"en", "She spoke with her coach Fisher about the race.", {"Fisher"}},
        {"fr", "Les avocats ont rencontré le juge Favre à Lyon.", {"Favre"}},
        {"it", "La famiglia ha incontrato il sindaco Bruni in municipio.", {"Bruni"}},
        {"de", "Die Eltern trafen den Trainer Berger am Platz.", {"Berger"}},
    });
}

TEST_CASE("a masculine German role after the plural article is many people, the noun after it no name",
          "[quotes][quotes71]") {
    check_names({
        {"de", "Von der Befragung erhoffen sich die Ermittler Hinweise auf das Motiv.", {}},
        {"de", "Nach dem Spiel bekamen die Spieler Applaus.", {}},
        {"de", "Am Ende forderten die Lehrer Geduld.", {}},
        // (one person: a feminine role, a feminine noun without -in, or a singular article)
        {"de", "Am Abend sagte die Ermittlerin Berger nichts.", {"Berger"}},
        {"de", "Am Abend sagte die Krankenschwester Berger nichts.", {"Berger"}},
        {"de", "Am Abend sagte der Ermittler Roth nichts.", {"Roth"}},
    });
}

TEST_CASE("a trade after an elided article finds its holder again", "[quotes][quotes71]") {
    const std::vector<PageRow> rows = {
        {"fr",
         {"La nuit a été longue.", "« Nous avons tout fait », a déclaré l'infirmière de garde, Anne Favre.",
          "Le maire, Paul Roux, s'est montré prudent. « La saison est longue », a-t-il dit.",
          "« Il faut du repos », a ajouté l'infirmière."},
         "Il faut du repos",
         "Anne Favre"},
        {"fr",
         {"La nuit a été longue.", "« Nous avons tout fait », a déclaré l\u2019infirmière Anne Favre.",
          "Le maire, Paul Roux, s'est montré prudent. « La saison est longue », a-t-il dit.",
          "« Il faut du repos », a ajouté l\u2019infirmière."},
         "Il faut du repos",
         "Anne Favre"},
        {"it",
         {"La notte è stata lunga.", "«Abbiamo fatto tutto», ha detto l'infermiera di turno, Anna Bruni.",
          "Il sindaco, Paolo Rossi, è stato prudente. «La stagione è lunga», ha detto.",
          "«Serve riposo», ha aggiunto l'infermiera."},
         "Serve riposo",
         "Anna Bruni"},
        // (two nurses named: the trade alone names neither)
        {"fr",
         {"La nuit a été longue.", "« Nous avons tout fait », a déclaré l'infirmière Anne Favre.",
          "« Rien ne manque », a dit l'infirmière Julie Morel.",
          "Le maire, Paul Roux, s'est montré prudent. « La saison est longue », a-t-il dit.",
          "« Il faut du repos », a ajouté l'infirmière."},
         "Il faut du repos",
         ""},
    };
    for (const auto& r : rows)
        check_quote(r);
}

TEST_CASE("the roles whose names were misread before find their holder again", "[quotes][quotes71]") {
    const std::vector<PageRow> rows = {
        {"en",
         {"It was a long night.", "\u201CWe did all we could,\u201D said doctor Mark Fisher.",
          "The mayor, Paul Ross, was more cautious. \u201CThe season is long,\u201D he said.",
          "\u201CShe needs rest,\u201D added the doctor."},
         "She needs rest",
         "Mark Fisher"},
        {"de",
         {"Die Nacht war lang.", "\u201EWir ermitteln in alle Richtungen\u201C, sagte Ermittler Marc Berger.",
          "Der Bürgermeister Paul Roth blieb vorsichtig. \u201EDie Lage ist ernst\u201C, sagte er.",
          "\u201EEs gibt erste Spuren\u201C, fügte der Ermittler hinzu."},
         "Es gibt erste Spuren",
         "Marc Berger"},
        {"de",
         {"Der Abend war lang.", "\u201EWir haben alles gegeben\u201C, sagte Spieler Marc Berger.",
          "Der Bürgermeister Paul Roth blieb vorsichtig. \u201EDie Saison ist lang\u201C, sagte er.",
          "\u201EWir kommen zurück\u201C, sagte der Spieler."},
         "Wir kommen zurück",
         "Marc Berger"},
    };
    for (const auto& r : rows)
        check_quote(r);
}
