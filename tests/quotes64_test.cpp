// Quotes of Polish, Portuguese and Italian press text (session 38's probe of it, es, pt, nl and pl pages): plural cue
// verbs, a day between a postposed cue and its subject, the place a role is held in before the holder's name, and a
// plural role noun naming a group. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;
using archive::quote_rows::page;
using archive::quote_rows::PageRow;

namespace {

// The only quote of the paragraph's page, or nothing.
std::optional<Quote> only_quote(const char* lang, std::vector<std::string> paragraphs, const std::string& text) {
    for (const auto& q : extract_quotes(page(lang, "", std::move(paragraphs))))
        if (q.text == text)
            return q;
    return std::nullopt;
}

} // namespace

TEST_CASE("a plural cue verb after a closing mark and its dash cues the quote", "[quotes][quotes64]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
        const char* cue;
    };
    const Row rows[] = {
        {"pl", "„Nie zgadzamy się na zamykanie oddziałów” – oświadczyli lekarze w liście otwartym.",
         "Nie zgadzamy się na zamykanie oddziałów", "oświadczyli"},
        {"pl", "„Czekamy na decyzję ratusza od dwóch lat” – podkreśliły mieszkanki osiedla.",
         "Czekamy na decyzję ratusza od dwóch lat", "podkreśliły"},
        {"pl", "„Autobusy jeżdżą za rzadko” – mówią mieszkańcy osiedla.", "Autobusy jeżdżą za rzadko", "mówią"},
        // (the same shape in Italian and Spanish, read before)
        {"it", "«Abbiamo perso tutta la merce», spiegano i titolari del negozio.", "Abbiamo perso tutta la merce",
         "spiegano"},
        {"es", "«Llevamos cuarenta años aquí», lamentan los vendedores del mercado.", "Llevamos cuarenta años aquí",
         "lamentan"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto q = only_quote(r.lang, {r.paragraph}, r.text);
        REQUIRE(q);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(!q->speaker); // (a group: no one person)
    }
}

TEST_CASE("a day between a postposed cue and its subject is no part of the mention", "[quotes][quotes64]") {
    check_quotes({
        {"pl",
         {"„Remont potrwa pół roku, a koszt wyniesie 40 milionów złotych” – powiedział wczoraj prezydent miasta "
          "Tomasz Nowak."},
         "Remont potrwa pół roku, a koszt wyniesie 40 milionów złotych",
         "Tomasz Nowak",
         "prezydent miasta Tomasz Nowak"},
        {"pl",
         {"„Autobusy będą jeździć co dziesięć minut” – zapewniła dziś rzeczniczka ratusza Anna Lis."},
         "Autobusy będą jeździć co dziesięć minut",
         "Anna Lis",
         "rzeczniczka ratusza Anna Lis"},
        {"pt",
         {"A câmara vai fechar o mercado municipal durante um ano para obras, anunciou esta segunda-feira o "
          "presidente da autarquia, António Correia."},
         "A câmara vai fechar o mercado municipal durante um ano para obras",
         "António Correia",
         "o presidente da autarquia, António Correia"},
        // (read before: "este lunes", "martedì")
        {"es",
         {"«No es una decisión fácil», dijo este lunes el alcalde, Pedro Gil."},
         "No es una decisión fácil",
         "Pedro Gil",
         "el alcalde, Pedro Gil"},
    });
}

TEST_CASE("the place a role is held in stands between the role and the holder's name", "[quotes][quotes64]") {
    check_quotes({
        {"pl",
         {"Prezydent miasta Tomasz Nowak zapowiedział remont mostu.",
          "„Szpital dostanie nowy oddział dla dzieci” – powiedział dyrektor szpitala w Łomży Piotr Zieliński."},
         "Szpital dostanie nowy oddział dla dzieci",
         "Piotr Zieliński",
         "dyrektor szpitala w Łomży Piotr Zieliński"},
        {"pl",
         {"„Klub zagra na nowym stadionie” – dodał prezes z Gdańska Adam Lis."},
         "Klub zagra na nowym stadionie",
         "Adam Lis",
         "prezes z Gdańska Adam Lis"},
        // (where it was said, no name after it: the mention ends before the preposition)
        {"pl",
         {"„Pracujemy nad tym od roku” – powiedział minister w Sejmie."},
         "Pracujemy nad tym od roku",
         "",
         "minister"},
    });
}

TEST_CASE("a plural role noun names a group, not the last person", "[quotes][quotes64]") {
    check_quotes({
        {"pl",
         {"„Autobusy będą jeździć częściej” – powiedziała rzeczniczka ratusza Anna Lis.",
          "„Nie zgadzamy się na takie traktowanie mieszkańców” – oświadczyli radni opozycji."},
         "Nie zgadzamy się na takie traktowanie mieszkańców",
         "",
         "radni opozycji"},
        // (a plural in -s, read before)
        {"en",
         {"\"Buses will run more often,\" said council spokeswoman Anna Lee.",
          "\"We do not accept this treatment of residents,\" said opposition councillors."},
         "We do not accept this treatment of residents",
         "",
         "opposition councillors"},
    });
}

TEST_CASE("a relative clause closing a sentence with a cue reports nothing", "[quotes][quotes64]") {
    struct Row {
        const char* lang;
        const char* paragraph;
    };
    const Row rows[] = {
        {"pl", "Na zebraniach radni powtarzają w kółko te same hasła i chyba sami nie rozumieją, o czym mówią."},
        {"pl", "Rada miasta od miesięcy spiera się o plan portu i koszty nowego pomostu, o których mówią mieszkańcy."},
        {"en", "The council has long been divided over the harbour plan and the costs of the new pier, about which "
               "residents complained."},
        {"it", "Il consiglio comunale è diviso da mesi sul piano del porto e sui costi del nuovo molo, di cui i "
               "residenti si lamentano."},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        CHECK(extract_quotes(page(r.lang, "", {r.paragraph})).empty());
    }
    // (but a subject before the closing cue reports the clause: "..., residents complained.")
    const auto qs = extract_quotes(page("en", "", {"The council has long been divided over the harbour plan and the "
                                                   "costs of the new pier, residents complained."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].mention.value_or("") == "residents");
}

TEST_CASE("a comparative lead names who reports the clause after its comma", "[quotes][quotes64]") {
    using archive::quote_rows::CueRow;
    archive::quote_rows::check_only_quotes(
        {
            {"it",
             "Come ha spiegato l'assessore al commercio Marco Galli, la tenda avrà gli stessi banchi del mercato.",
             "la tenda avrà gli stessi banchi del mercato", "ha spiegato", "l'assessore al commercio Marco Galli"},
            {"es",
             "Como explicó la concejala de Comercio, Lucía Martín, la carpa tendrá los mismos puestos que el mercado.",
             "la carpa tendrá los mismos puestos que el mercado", "explicó",
             "la concejala de Comercio, Lucía Martín"},
            {"pt", "Como explicou a vereadora do Comércio, Sofia Ramos, a tenda terá as mesmas bancas que o mercado.",
             "a tenda terá as mesmas bancas que o mercado", "explicou", "a vereadora do Comércio, Sofia Ramos"},
            {"fr", "Comme l'a expliqué l'adjoint Marc Boyer, la tente aura autant d'étals que la halle actuelle.",
             "la tente aura autant d'étals que la halle actuelle", "l'a expliqué", "l'adjoint Marc Boyer"},
            {"pl", "Jak poinformował rzecznik ratusza Marek Lewandowski, namiot będzie miał tyle samo stoisk co hala.",
             "namiot będzie miał tyle samo stoisk co hala", "poinformował", "rzecznik ratusza Marek Lewandowski"},
            // (the subject before the cue, where the verb closes a subordinate clause)
            {"de", "Wie Stadtrat Markus Bauer erklärte, bekommt das Zelt ebenso viele Stände wie die jetzige Halle.",
             "bekommt das Zelt ebenso viele Stände wie die jetzige Halle", "erklärte", "Stadtrat Markus Bauer"},
            {"nl", "Zoals wethouder Mark de Boer uitlegde, krijgt de tent evenveel kramen als de huidige hal.",
             "krijgt de tent evenveel kramen als de huidige hal", "uitlegde", "wethouder Mark de Boer"},
        },
        QuoteKind::indirect);
    // As reported, by no one named; a comparative word before no cue.
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"de", "Wie bereits im Dezember berichtet, sitzt der frühere Kassier seither in Untersuchungshaft."},
             {"nl", "Zoals eerder gemeld, gaat de markthal in september voor een jaar dicht."},
             {"it", "Come previsto dal piano, la tenda avrà gli stessi banchi del mercato attuale."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}

TEST_CASE("an according phrase closing the sentence reports the words before its comma", "[quotes][quotes64]") {
    archive::quote_rows::check_only_quotes(
        {
            {"es", "El Ayuntamiento cerrará el mercado central durante un año, según el alcalde.",
             "El Ayuntamiento cerrará el mercado central durante un año", "según", "el alcalde"},
            // (a verb after the according word is the cue's, a name set off by a comma the mention's)
            {"es", "El Ayuntamiento cerrará el mercado central durante un año, según explicó el alcalde, Pedro Gil.",
             "El Ayuntamiento cerrará el mercado central durante un año", "según explicó", "el alcalde, Pedro Gil"},
            {"en", "The repairs will cost more than ten million dollars this year, according to the mayor.",
             "The repairs will cost more than ten million dollars this year", "according to", "the mayor"},
            {"it", "Il Comune chiuderà il mercato coperto per un anno per rifare il tetto, secondo il sindaco Marco Rossi.",
             "Il Comune chiuderà il mercato coperto per un anno per rifare il tetto", "secondo",
             "il sindaco Marco Rossi"},
            {"fr", "La commune fermera la halle pendant un an pour refaire sa toiture, selon le maire.",
             "La commune fermera la halle pendant un an pour refaire sa toiture", "selon", "le maire"},
            {"pt",
             "A Câmara vai fechar o mercado municipal durante um ano para obras, segundo o presidente da autarquia, "
             "António Correia.",
             "A Câmara vai fechar o mercado municipal durante um ano para obras", "segundo",
             "o presidente da autarquia, António Correia"},
        },
        QuoteKind::indirect);
    // (an apposition after the mention stays out of it; a clause with a cue of its own after it is no apposition)
    archive::quote_rows::check_only_quotes(
        {{"en", "The repairs will cost more than ten million dollars, according to Tom Vale, head of the harbour board.",
          "The repairs will cost more than ten million dollars", "according to", "Tom Vale"}},
        QuoteKind::indirect);
    for (const auto& q : extract_quotes(page("es", "", {"El mercado cerrará un año por obras en la cubierta, según el "
                                                        "alcalde, que además dijo que no habrá despidos."})))
        CHECK(q.text != "El mercado cerrará un año por obras en la cubierta");
}

TEST_CASE("the verb and the day after a closing according word are the cue's, not the mention's", "[quotes][quotes64]") {
    archive::quote_rows::check_only_quotes(
        {
            {"es", "El Ayuntamiento cerrará el mercado central durante un año, según anunció ayer el alcalde, Pedro Gil.",
             "El Ayuntamiento cerrará el mercado central durante un año", "según anunció", "el alcalde, Pedro Gil"},
            {"pt",
             "A Câmara vai fechar o mercado municipal durante um ano para obras, segundo disse ontem o presidente da "
             "autarquia, António Correia.",
             "A Câmara vai fechar o mercado municipal durante um ano para obras", "segundo disse",
             "o presidente da autarquia, António Correia"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a short quoted sentence after a colon lead naming someone is theirs", "[quotes][quotes64]") {
    check_quotes({
        {"fr",
         {"La commune fermera la halle pendant un an, a annoncé le maire Paul Roux.",
          "Les commerçants demandent une baisse des loyers. Le maire : « Pas question. »"},
         "Pas question.",
         "Paul Roux",
         "Le maire"},
        {"it",
         {"Il Comune chiuderà il mercato coperto per un anno, ha detto il sindaco Marco Rossi.",
          "I commercianti chiedono affitti più bassi. Il sindaco: «Non se ne parla.»"},
         "Non se ne parla.",
         "Marco Rossi",
         "Il sindaco"},
        {"de",
         {"Die Gemeinde schließt die Markthalle für ein Jahr, sagte Bürgermeisterin Anna Berg am Montag.",
          "Die Händler fordern tiefere Mieten. Berg: „Auf keinen Fall.“"},
         "Auf keinen Fall.",
         "Anna Berg",
         "Berg"},
    });
    // (a short title after a colon, no sentence of its own, is no quotation)
    for (const auto& q : extract_quotes(page("fr", "", {"La commune fermera la halle pendant un an, a annoncé le maire "
                                                        "Paul Roux.",
                                                        "Le soir, le maire : « Grand Hôtel »"})))
        CHECK(q.text != "Grand Hôtel");
}

TEST_CASE("a role of a body named in the mention is its holder's, never the body's", "[quotes][quotes64]") {
    check_quotes({
        {"pt",
         {"A Câmara Municipal de Viseu vai fechar o mercado durante um ano, anunciou o presidente da autarquia, "
          "António Correia.",
          "Questionado sobre os custos, o presidente da Câmara afirmou que a obra custa dois milhões de euros."},
         "a obra custa dois milhões de euros",
         "António Correia",
         "o presidente da Câmara"},
        {"it",
         {"Il Comune di Lodi chiuderà il mercato coperto per un anno, ha annunciato il sindaco Marco Rossi.",
          "Il sindaco del Comune ha detto che i lavori costeranno due milioni di euro e sono già finanziati."},
         "i lavori costeranno due milioni di euro e sono già finanziati",
         "Marco Rossi",
         "Il sindaco del Comune"},
    });
}

TEST_CASE("a closing according phrase after a dash and a relative word is the aside's, not the sentence's",
          "[quotes][quotes64]") {
    const char* paragraph = "Each plain question earns a long lecture on the harbour budget and its history - which "
                            "is fair enough, according to the mayor.";
    for (const auto& q : extract_quotes(page("en", "", {paragraph})))
        CHECK(q.text.find("Each plain question") == std::string::npos);
    // (no dash: the whole sentence is reported)
    archive::quote_rows::check_only_quotes(
        {{"en", "Each plain question earns a long lecture on the harbour budget and its history, according to the "
                "mayor.",
          "Each plain question earns a long lecture on the harbour budget and its history", "according to",
          "the mayor"}},
        QuoteKind::indirect);
}
