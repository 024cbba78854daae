// Names read after role words (session 40): a weekday, a month or a time of the day right after a role noun is when,
// no name ("her coach Friday afternoon", "le juge lundi"); in German a masculine role after the plural article is
// many people, and the capitalised noun after it no name ("die Ermittler Aufschluss"); a trade after an article elided
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

TEST_CASE("a weekday, a month or a time of the day after a role noun is no name", "[quotes][quotes71]") {
    check_names({
        {"en", "She spoke with her coach Friday about the race.", {}},
        {"en", "He sent a note to his doctor Monday saying he is fit.", {}},
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
        {"de", "Von der Befragung versprechen sich die Ermittler Aufschluss über den Ablauf.", {}},
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
        // (the trade and its complement open the sentence, the name in apposition)
        {"fr",
         {"La nuit a été longue.", "L'infirmière de garde, Anne Favre, soigne surtout des chevilles.",
          "Le maire, Paul Roux, s'est montré prudent. « La saison est longue », a-t-il dit.",
          "« Il faut du repos », a ajouté l'infirmière."},
         "Il faut du repos",
         "Anne Favre"},
        {"it",
         {"La notte è stata lunga.", "L'infermiera di turno, Anna Bruni, cura soprattutto caviglie.",
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

namespace {

// A page of three quotes in `lang`: the holder of a role or trade (`first`, its cue and the words naming the holder),
// then a mayor quoted with a pronoun (`mayor`), then the role or trade alone (`last`): the last quote, `text`, is the
// holder's, `name`.
PageRow field_page(const char* lang, const std::string& first, const char* mayor, const std::string& last,
                   const char* text, const char* name) {
    return PageRow{lang, {"-", first, mayor, last}, text, name};
}

} // namespace

TEST_CASE("a role or trade of science, army, police or business finds its holder again", "[quotes][quotes71]") {
    const char* fr_mayor = "Le maire, Paul Roux, reste prudent. « Rien n'est sûr », a-t-il dit.";
    const char* de_mayor = "Der Bürgermeister Paul Roth blieb vorsichtig. \u201ENichts ist sicher\u201C, sagte er.";
    const char* en_mayor = "The mayor, Paul Ross, was more cautious. \u201CNothing is sure,\u201D he said.";
    const char* it_mayor = "Il sindaco, Paolo Rossi, è prudente. «Nulla è sicuro», ha detto.";
    const char* es_mayor = "El alcalde, Pablo Ruiz, fue prudente. «Nada es seguro», dijo.";
    const std::vector<PageRow> rows = {
        field_page("fr", "« Le glacier recule », a déclaré la glaciologue Anne Favre.", fr_mayor,
                   "« Il faut agir », a ajouté la glaciologue.", "Il faut agir", "Anne Favre"),
        field_page("fr", "« Tout est calme », a déclaré le lieutenant Marc Favre.", fr_mayor,
                   "« Nous restons là », a ajouté le lieutenant.", "Nous restons là", "Marc Favre"),
        field_page("fr", "« Le café rouvre », a déclaré la propriétaire, Anne Favre.", fr_mayor,
                   "« Tout est prêt », a ajouté la propriétaire.", "Tout est prêt", "Anne Favre"),
        field_page("de", "\u201EDer Gletscher schmilzt\u201C, sagte Glaziologin Anna Berger.", de_mayor,
                   "\u201EWir müssen handeln\u201C, sagte die Glaziologin.", "Wir müssen handeln", "Anna Berger"),
        field_page("de", "\u201EDie Lage ist ruhig\u201C, sagte Offizier Marc Berger.", de_mayor,
                   "\u201EWir bleiben hier\u201C, sagte der Offizier.", "Wir bleiben hier", "Marc Berger"),
        field_page("de", "\u201EDas Werk bleibt\u201C, sagte Unternehmerin Anna Berger.", de_mayor,
                   "\u201EAlles ist bereit\u201C, sagte die Unternehmerin.", "Alles ist bereit", "Anna Berger"),
        field_page("en", "\u201CThe glacier is melting,\u201D said glaciologist Anne Fisher.", en_mayor,
                   "\u201CWe must act,\u201D added the glaciologist.", "We must act", "Anne Fisher"),
        field_page("en", "\u201CAll is calm,\u201D said commander Mark Fisher.", en_mayor,
                   "\u201CWe stay here,\u201D added the commander.", "We stay here", "Mark Fisher"),
        field_page("en", "\u201CThe cafe reopens,\u201D said the owner, Anne Fisher.", en_mayor,
                   "\u201CAll is ready,\u201D added the owner.", "All is ready", "Anne Fisher"),
        field_page("it", "«Il ghiacciaio si ritira», ha detto la glaciologa Anna Bruni.", it_mayor,
                   "«Bisogna agire», ha aggiunto la glaciologa.", "Bisogna agire", "Anna Bruni"),
        field_page("it", "«Siamo pronte», ha detto l'allenatrice Anna Bruni.", it_mayor,
                   "«Giocheremo bene», ha aggiunto l'allenatrice.", "Giocheremo bene", "Anna Bruni"),
        field_page("it", "«Il bar riapre», ha detto il proprietario, Marco Bruni.", it_mayor,
                   "«Tutto è pronto», ha aggiunto il proprietario.", "Tutto è pronto", "Marco Bruni"),
        field_page("es", "«El glaciar retrocede», dijo la glacióloga Ana Ortega.", es_mayor,
                   "«Hay que actuar», añadió la glacióloga.", "Hay que actuar", "Ana Ortega"),
        field_page("es", "«Todo está tranquilo», dijo el teniente Marcos Ortega.", es_mayor,
                   "«Nos quedamos», añadió el teniente.", "Nos quedamos", "Marcos Ortega"),
        field_page("es", "«El bar reabre», dijo el dueño, Marcos Ortega.", es_mayor,
                   "«Todo está listo», añadió el dueño.", "Todo está listo", "Marcos Ortega"),
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.paragraphs[1]);
        check_quote(r);
    }
}
