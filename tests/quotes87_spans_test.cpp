// The kinds and spans of quotes (quotes87, session 42): a whole sentence quoted right after the dateline that opens its
// paragraph, the words after an incise, a title after a contest's noun, a pull quote repeating the body. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

namespace {

// A paragraph in `lang` and the text of a quote it holds.
struct KindRow {
    const char* lang;
    const char* paragraph;
    const char* text;
};

// Each row's quote is found, of `kind`.
void check_kinds(const std::vector<KindRow>& rows, QuoteKind kind) {
    for (const KindRow& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {r.paragraph, "The council meets again next month."}));
        const Quote* q = find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->kind == kind);
    }
}

} // namespace

TEST_CASE("a whole sentence quoted right after a paragraph's dateline is direct", "[quotes][quotes87]") {
    check_kinds({
        {"it",
         "(ANSA) - ROMA, 05 DIC - \"Non ci sarà nessun nuovo pedaggio sulle strade provinciali, lo dico con "
         "chiarezza\". Lo ha detto l'assessore Mario Rossi intervenendo a un convegno.",
         "Non ci sarà nessun nuovo pedaggio sulle strade provinciali, lo dico con chiarezza"},
        {"it",
         "TORINO \u2013 \u00ABLe biblioteche resteranno aperte anche la domenica\u00BB. Così l'assessora Laura Bianchi "
         "durante la conferenza stampa in Comune.",
         "Le biblioteche resteranno aperte anche la domenica"},
        {"es",
         "Valle Hondo, 5 dic (EFE).- \u201CNo habrá ningún peaje nuevo en las carreteras provinciales, quiero decirlo "
         "con claridad\u201D. Así lo dijo el consejero Juan Pérez en un acto en el ayuntamiento.",
         "No habrá ningún peaje nuevo en las carreteras provinciales, quiero decirlo con claridad"},
        {"de",
         "Neustadt (dpa) - \u201EWir werden an der neuen Buslinie festhalten.\u201C Das sagte die Ministerin Anna Berg "
         "am Dienstag im Landtag.",
         "Wir werden an der neuen Buslinie festhalten."},
        {"fr",
         "LILLE (AFP) - \u00AB Nous ne fermerons aucune ligne de bus cette année \u00BB. C'est ce qu'a déclaré la "
         "maire Claire Morel lundi devant le conseil.",
         "Nous ne fermerons aucune ligne de bus cette année"},
    }, QuoteKind::direct);
}

TEST_CASE("words before a quote that end on a dash but are no dateline keep the quote partial", "[quotes][quotes87]") {
    check_kinds({
        // (a phrase of the writer's closed by a dash, not a place in capitals)
        {"it",
         "Un solo messaggio per i pendolari - \"nessun nuovo pedaggio sulle strade\". Lo ha ripetuto l'assessore "
         "Mario Rossi.",
         "nessun nuovo pedaggio sulle strade"},
        {"en",
         "One message for commuters - \u201Cno new tolls on the county roads\u201D. The councillor Mary Stone repeated "
         "it twice.",
         "no new tolls on the county roads"},
        // (a dateline, then the writer's words before the quote)
        {"it",
         "ROMA - L'assessore ha parlato di \u00ABuna scelta giusta per i pendolari della provincia\u00BB, ieri in aula.",
         "una scelta giusta per i pendolari della provincia"},
    }, QuoteKind::partial);
}

TEST_CASE("the words after an incise are the first half's speaker's, even where its mention resolved to no one", "[quotes][quotes87]") {
    struct Row {
        const char* lang;
        const char* before;
        const char* paragraph;
        const char* first;
        const char* rest;
    };
    const Row rows[] = {
        {"es", "La concejala Ana Ruiz dijo: \u00ABNo aprobaremos unas cuentas sin debate.\u00BB",
         "\u2014Los que hagan falta mientras ustedes sigan bloqueando \u2014respondió el presidente de la "
         "diputación\u2014. Lo que no vamos a hacer es subir los impuestos.",
         "Los que hagan falta mientras ustedes sigan bloqueando", "Lo que no vamos a hacer es subir los impuestos."},
        {"pt", "A vereadora Ana Lopes disse: \u00ABNão aprovaremos contas sem debate.\u00BB",
         "\u2014Os que forem precisos enquanto continuarem a bloquear \u2014respondeu o presidente da região\u2014. O "
         "que não vamos fazer é aumentar os impostos.",
         "Os que forem precisos enquanto continuarem a bloquear", "O que não vamos fazer é aumentar os impostos."},
        // (French print's incise inside the guillemets, split_incises)
        {"fr", "La conseillère Anne Roux a déclaré : « Nous ne voterons pas un budget sans débat. »",
         "« Aucun, a répondu le président de la région. Les impôts ne bougeront pas cette année. »", "Aucun",
         "Les impôts ne bougeront pas cette année."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {r.before, r.paragraph}));
        const Quote* q1 = find_quote(qs, r.first);
        const Quote* q2 = find_quote(qs, r.rest);
        REQUIRE(q1);
        REQUIRE(q2);
        // (the description names no one the page knows: not the councillor quoted before the line)
        CHECK(q1->cue.has_value());
        CHECK_FALSE(q1->speaker.has_value());
        CHECK_FALSE(q2->speaker.has_value());
        // (as any quote going on with a speaker's words: no mention or cue of its own)
        CHECK_FALSE(q2->cue.has_value());
    }
}

TEST_CASE("a title quoted right after a contest's or an award's noun is its name, no quote", "[quotes][quotes87]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
    };
    // (a speaker is quoted first: the uncued words after it would otherwise go on as theirs)
    const Row rows[] = {
        {"it",
         "Il sindaco ha premiato gli studenti vincitori del concorso 'Dalle aule del paese alle aule del mondo' nella "
         "sala consiliare.",
         "Dalle aule del paese alle aule del mondo"},
        {"es", "La alcaldesa entregó a los alumnos el premio «De las aulas del pueblo a las aulas del mundo» en el salón de plenos.",
         "De las aulas del pueblo a las aulas del mundo"},
        {"fr", "Le maire a remis aux élèves le prix « Des classes du village aux classes du monde » dans la salle du conseil.",
         "Des classes du village aux classes du monde"},
        {"en", "The mayor handed the pupils the award \u201CFrom the classrooms of our town to the world\u201D in the council chamber.",
         "From the classrooms of our town to the world"},
        {"de", "Der Bürgermeister überreichte den Schülern den Preis \u201EVon den Klassen im Dorf zu den Klassen der Welt\u201C im Rathaus.",
         "Von den Klassen im Dorf zu den Klassen der Welt"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(
            r.lang, {"\u201CWe are proud of our schools,\u201D said the mayor, Tom Vale, on Monday.", r.paragraph}));
        CHECK(find_quote(qs, r.text) == nullptr);
    }
}

TEST_CASE("words in lower case quoted after an award's noun still quote someone", "[quotes][quotes87]") {
    // (the noun names a title only before capitalised words: "the prize “came too late”" quotes the winner)
    const auto qs = extract_quotes(body(
        "en", {"The novelist Ann Roe said on Monday that the prize \u201Ccame too late for my mother to see it\u201D."}));
    const Quote* q = find_quote(qs, "came too late for my mother to see it");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Ann Roe");
}

TEST_CASE("a pull quote repeating a body quote's words alone on its line is no second quote", "[quotes][quotes87]") {
    struct Row {
        const char* lang;
        const char* quoted;
        const char* pull;
        const char* cue;
    };
    const Row rows[] = {
        // (a split quote's halves, joined in the pull quote)
        {"en",
         "\u201CThe light does not need me anymore,\u201D Donald Morrison said, climbing the first of the steps. "
         "\u201CBut I think I still need the light.\u201D",
         "\u201CThe light does not need me anymore. But I think I still need the light.\u201D", "said"},
        {"fr",
         "« Nous irons jusqu'au bout », a déclaré Jeanne Morvan devant les habitants réunis sur le port. « Personne "
         "ne fermera ce phare. »",
         "« Nous irons jusqu'au bout. Personne ne fermera ce phare. »", "a déclaré"},
        // (the same words)
        {"de", "\u201EWir bleiben bis zum Ende hier\u201C, sagte Hanna Berg vor den Anwohnern am Hafen.",
         "\u201EWir bleiben bis zum Ende hier.\u201C", "sagte"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.pull);
        const auto qs = extract_quotes(body(r.lang, {r.quoted, "The lamp was automated in the spring of that year.",
                                                     r.pull, "The keeper's daughter now lives in the cottage."}));
        REQUIRE_FALSE(qs.empty());
        CHECK(qs.front().cue.value_or("") == r.cue);
        for (const Quote& q : qs) {
            INFO(q.text);
            CHECK(q.paragraph != 2);
        }
    }
}

TEST_CASE("a line quoting other words than the body's quotes is still a quote", "[quotes][quotes87]") {
    const auto qs = extract_quotes(body(
        "en", {"\u201CThe light does not need me anymore,\u201D Donald Morrison said, climbing the first of the steps.",
               "\u201CBut I think I still need the light, and I will come back every winter.\u201D"}));
    const Quote* q = find_quote(qs, "But I think I still need the light, and I will come back every winter.");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Donald Morrison");
}

TEST_CASE("a headline's one last name before its colon names the speaker of its quote, not the body copy's", "[quotes][quotes87]") {
    struct Row {
        const char* lang;
        const char* headline;
        std::vector<std::string> paragraphs;
        const char* speaker;
    };
    // (the body's copy of the words has no cue: it went on with the person the paragraph before spoke of)
    const Row rows[] = {
        {"es", "Gómez: \u201CNo habrá adelanto electoral en el ayuntamiento\u201D",
         {"La oposición acusa al alcalde de gobernar sin pleno desde el verano.",
          "\u201CNo habrá adelanto electoral en el ayuntamiento.\u201D El alcalde Pedro Gómez zanjó así la pregunta "
          "de la concejala."},
         "Pedro Gómez"},
        {"it", "Gallo: \u00ABNon ci saranno elezioni anticipate in Comune\u00BB",
         {"L'opposizione accusa il sindaco di governare senza consiglio da mesi.",
          "\u00ABNon ci saranno elezioni anticipate in Comune.\u00BB Il sindaco Pietro Gallo ha chiuso così la "
          "domanda della consigliera."},
         "Pietro Gallo"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.headline);
        const auto qs = extract_quotes(archive::quote_rows::page(r.lang, r.headline, r.paragraphs));
        REQUIRE_FALSE(qs.empty());
        REQUIRE(qs.front().where == Where::headline);
        CHECK(qs.front().speaker.value_or("") == r.speaker);
    }
}
