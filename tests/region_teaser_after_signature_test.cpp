// A page of two articles, the second printed as a teaser under the first one's signature ("(rbr)", "(ats)"): the
// teaser's label, title, summary and link leave the article, whose text ends at its signature (probe6 kind 1c).
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* text;      // the first article, up to its last sentence
    const char* signature; // "(rbr)", "(ats)"
    const char* teaser;    // the second article: label, title, summary, link
    const char* last;      // the first article's last sentence
    const char* title;     // the teaser's title
    const char* agency;    // the tag the signature gives, or ""
};

} // namespace

TEST_CASE("a teaser of the next article under the signature leaves the article", "[region][probe6]") {
    const Row rows[] = {
        {"de",
         "Zürichsee-Anzeiger\n\nStäfa\n\nGemeindeversammlung sagt Ja zum neuen Schulhaus\n\n"
         "Mit 412 zu 188 Stimmen haben die Stimmberechtigten am Dienstagabend einen Kredit bewilligt.\n\n"
         "Es war eine der bestbesuchten Versammlungen der letzten Jahre: Über 600 Personen drängten sich in die "
         "Mehrzweckhalle, wo der Gemeinderat eindringlich für das Projekt warb.\n\n"
         "Gegen den Kredit hatte sich vor allem die Rechnungsprüfungskommission gestellt, die die Kosten pro "
         "Schulzimmer bemängelte. Ein Rückweisungsantrag scheiterte deutlich.\n\n"
         "Der Bau soll im Frühling 2028 beginnen.\n\n",
         "(rbr)",
         "\n\nMännedorf\n\nHallenbad bleibt bis Februar geschlossen\n\n"
         "Die Sanierung der Lüftung dauert länger als geplant. Der Schwimmclub muss nach Meilen ausweichen.\n\n"
         "Weiterlesen\n\nIhre Meinung\n",
         "Der Bau soll im Frühling 2028 beginnen.", "Hallenbad bleibt bis Februar geschlossen", ""},
        {"fr",
         "Le Journal du Gros-de-Vaud\n\nÉchallens\n\nLe conseil communal accepte le crédit pour la nouvelle école\n\n"
         "Par 52 voix contre 18, les élus ont accepté mardi soir un crédit de 24 millions de francs.\n\n"
         "La séance a été l'une des plus suivies de la législature: plus de cent personnes ont pris place dans la "
         "tribune, où la municipalité a défendu le projet avec insistance.\n\n"
         "La commission des finances s'était opposée au crédit, jugeant trop élevé le coût par classe. Un "
         "amendement a été nettement refusé.\n\n"
         "Les travaux doivent commencer au printemps 2028.\n\n",
         "(ats)",
         "\n\nMoudon\n\nLa piscine couverte restera fermée jusqu'en février\n\n"
         "La rénovation de la ventilation prend plus de temps que prévu. Le club de natation s'entraîne à Lucens.\n\n"
         "Lire la suite\n\nVotre avis\n",
         "Les travaux doivent commencer au printemps 2028.", "La piscine couverte restera fermée jusqu'en février",
         "ats"},
        {"it",
         "La Voce del Mendrisiotto\n\nChiasso\n\nIl Consiglio comunale approva il credito per la nuova scuola\n\n"
         "Con 31 voti contro 12, i consiglieri hanno approvato lunedì sera un credito di 24 milioni di franchi.\n\n"
         "La seduta è stata una delle più seguite della legislatura: oltre cento persone hanno assistito al "
         "dibattito, durante il quale il Municipio ha difeso il progetto con decisione.\n\n"
         "La commissione della gestione si era opposta al credito, giudicando troppo alto il costo per aula. Un "
         "emendamento è stato respinto.\n\n"
         "I lavori dovrebbero iniziare nella primavera del 2028.\n\n",
         "(ats)",
         "\n\nMendrisio\n\nLa piscina coperta resterà chiusa fino a febbraio\n\n"
         "Il risanamento della ventilazione richiede più tempo del previsto. La società di nuoto si allena a Stabio.\n\n"
         "Leggi tutto\n\nLa tua opinione\n",
         "I lavori dovrebbero iniziare nella primavera del 2028.", "La piscina coperta resterà chiusa fino a febbraio",
         "ats"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(std::string(r.text) + r.signature + r.teaser);
        CHECK(test::in_text(a, r.last));
        CHECK_FALSE(test::in_text(a, r.title));
        CHECK_FALSE(test::in_text(a, r.signature));
        if (*r.agency) {
            REQUIRE(a.source_tag);
            CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        }
    }
}

TEST_CASE("the text going on under a signature stays the article's", "[region][probe6]") {
    // A paragraph of text and more after the title: a section of the article under a cross-head, no teaser.
    const std::string page =
        "Zürichsee-Anzeiger\n\nStäfa\n\nGemeindeversammlung sagt Ja zum neuen Schulhaus\n\n"
        "Es war eine der bestbesuchten Versammlungen der letzten Jahre: Über 600 Personen drängten sich in die "
        "Mehrzweckhalle, wo der Gemeinderat eindringlich für das Projekt warb.\n\n"
        "Gegen den Kredit hatte sich vor allem die Rechnungsprüfungskommission gestellt.\n\n(sda)\n\n"
        "Die Meinung der Redaktion zum neuen Schulhaus\n\n"
        "Der Entscheid ist richtig, auch wenn er teuer ist. Die Schülerzahlen steigen seit Jahren stetig an.\n\n"
        "Die Gemeinde hat zu lange gewartet, und nun muss es schnell gehen, damit die Kinder Platz haben.\n\n"
        "Wer jetzt spart, zahlt später doppelt, das zeigen die Erfahrungen anderer Gemeinden am See.\n";
    const Article a = parse(page);
    CHECK(test::in_text(a, "Die Gemeinde hat zu lange gewartet, und nun muss es schnell gehen, damit die Kinder Platz haben."));
}
