// The language of short texts: one or two sentences, with names and numbers (src/language.cpp).
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using namespace archive;

namespace {

struct Row {
    const char* text;
    const char* lang;
};

// Invented snippets of the kinds a short page or a pasted paragraph holds; "" where the evidence is too thin.
const Row short_texts[] = {
    // French: "le", "la", "que", "a" are Spanish or Italian stopwords too.
    {"Le ministre a dit que la réforme était prête.", "fr"},
    {"La maire de Brionne, Odile Ferrand, a annoncé 12 nouvelles places en crèche.", "fr"},
    {"Le tribunal a rejeté la demande mardi.", "fr"},
    {"Selon Paul Vautrin, le chantier coûtera 4,5 millions d'euros.", "fr"},
    {"Il pleut sur la côte depuis trois jours.", "fr"},
    {"Une hausse de 3 % est prévue en 2025, a précisé la directrice.", "fr"},
    // German: two or three lines, few stopwords.
    {"Der Arzt nennt den Kandidaten „topfit“.", "de"},
    {"Der Verband teilte am Dienstag mit, die Preise würden steigen.", "de"},
    {"Die Bürgermeisterin Greta Holm eröffnet heute das neue Hallenbad.", "de"},
    {"Schwere Unwetter im Süden: 40 Einsätze in der Nacht.", "de"},
    {"Laut Polizei wurde niemand verletzt.", "de"},
    {"Die Straße bleibt bis Freitag gesperrt.", "de"},
    // English.
    {"The mayor said the bridge would reopen on Monday.", "en"},
    {"Heavy rain flooded 30 homes in Eastbrook overnight.", "en"},
    {"Anna Müller, who leads the group, thinks the plan is too costly.", "en"},
    {"Shares of Norvale rose 4% after the report.", "en"},
    {"Police are looking for witnesses to the crash.", "en"},
    {"What happens next is not clear.", "en"},
    // Italian.
    {"Il sindaco ha detto che la strada sarà chiusa fino a lunedì.", "it"},
    {"Gli studenti della scuola di Vallerosa hanno vinto il premio.", "it"},
    {"Secondo Marco Bellini, la città ha bisogno di 200 alloggi.", "it"},
    {"Domani la piazza resterà chiusa per lavori.", "it"},
    {"La famiglia chiede giustizia per il figlio.", "it"},
    {"Perché il treno è partito in ritardo?", "it"},
    // Spanish.
    {"El alcalde dijo que la calle estará cerrada hasta el martes.", "es"},
    {"La policía detuvo a dos hombres en Villanueva.", "es"},
    {"Según Lucía Ortega, el niño está bien.", "es"},
    {"Los precios subieron un 7 % en enero.", "es"},
    {"El equipo ganó el partido por 3 a 1.", "es"},
    {"Mañana habrá lluvias en el norte del país.", "es"},
    // Portuguese.
    {"O prefeito disse que a rua ficará fechada até segunda-feira.", "pt"},
    {"A polícia não encontrou o carro de João Ribeiro.", "pt"},
    {"As ações da empresa caíram 5% nesta terça-feira.", "pt"},
    {"O trabalho das equipes continua durante a noite.", "pt"},
    {"Segundo o ministro, a inflação vai cair.", "pt"},
    {"Os alunos da escola ganharam um prémio nacional.", "pt"},
    // Dutch.
    {"De burgemeester zei dat de brug maandag weer opengaat.", "nl"},
    {"Het water blijft stijgen in het oosten van het land.", "nl"},
    {"Volgens Pieter de Wit is het plan te duur.", "nl"},
    {"Twee mannen zijn opgepakt na een overval in Zeeveld.", "nl"},
    {"Het vuur was snel onder controle.", "nl"},
    {"De trein naar Amsterdam rijdt vandaag niet.", "nl"},
    // Polish.
    {"Burmistrz powiedział, że most zostanie otwarty w poniedziałek.", "pl"},
    {"Policja zatrzymała dwóch mężczyzn w Lipowie.", "pl"},
    {"Według Anny Kowalskiej szkoła potrzebuje 20 nauczycieli.", "pl"},
    {"Ceny wzrosły o 6 proc. w styczniu.", "pl"},
    {"Przez całą noc padał deszcz.", "pl"},
    {"Ta decyzja jest bardzo ważna dla miasta.", "pl"},
    // Too little to tell: a name, a number, a word shared by several languages.
    {"Anna Berg 2024", ""},
    {"Paris", ""},
    {"Mario Rossi", ""},
};

} // namespace

TEST_CASE("detect_language tells one or two sentences in each listed language", "[lang]") {
    int right = 0, rows = 0;
    for (const auto& row : short_texts) {
        CAPTURE(row.text);
        const std::string got = detect_language(std::string_view(row.text));
        CHECK(got == row.lang);
        right += got == row.lang;
        ++rows;
        // The page's language, read from its blocks, is the same.
        CHECK(detect_language(segment(row.text)) == got);
    }
    WARN(right << " of " << rows << " short texts right");
}

TEST_CASE("detect_language stays with the stopword counts on a page of running text", "[lang]") {
    // A clear count decides without the closer look: the many "die", "der", "und" of a German paragraph.
    const std::string page = "Die Stadt und die Gemeinde haben sich auf einen neuen Plan geeinigt, der die Kosten "
                             "für die Bürger senken soll. Die Arbeiten an der Brücke sollen im Frühjahr beginnen, und "
                             "die Anwohner werden in der nächsten Woche über die Umleitungen informiert. Der Rat hat "
                             "die Pläne mit großer Mehrheit angenommen, und die Opposition hat sich enthalten.";
    CHECK(clear_stopword_language(count_stopwords(page)));
    CHECK(detect_language(std::string_view(page)) == "de");
    // A short text's counts are not clear: the closer look tells it.
    CHECK_FALSE(clear_stopword_language(count_stopwords("Le ministre a dit que la réforme était prête.")));
}

TEST_CASE("LanguageEvidence weighs a word by how few languages list it and wants a margin", "[lang]") {
    auto decide = [](std::string_view s) {
        LanguageEvidence e;
        std::string w;
        for (std::size_t i = 0; text::next_word_lower(s, i, w);)
            e.add_word(w);
        return e.decide();
    };
    // "la", "que", "de" are French, Spanish and Portuguese or Italian alike: shared words alone tell nothing.
    CHECK(decide("la que de la") == "");
    // A speech verb and a role noun of one language's lists count like its stopwords.
    CHECK(decide("ministre déclaré") == "fr");
    CHECK(decide("ministre") == ""); // one word of its own: too little
    CHECK(decide("Ärztin sagte") == "de");
    // Letters: ñ is Spanish only, ł Polish only (a word's letters count half a word; a word of the lists is needed).
    CHECK(decide("el niño señor") == "es");
    CHECK(decide("el") == "");
    CHECK(decide("w łódź łąka") == "pl");
    CHECK(decide("w") == "");
    CHECK(decide("łódź łąka żaba żółw") == "");
    // Mixed: as much French as Spanish is no language.
    CHECK(decide("ministre dijo") == "");
}

TEST_CASE("LanguageEvidence reads the telling letters of ASCII words and of accented ones alike", "[lang]") {
    // An ASCII word is looked for only the entries of ASCII letters ("ij", "sch", "th"), an accented one for all:
    // each kind of word still gets its letters' points, and a word holding none gets none.
    const auto& langs = languages();
    auto points_of = [&langs](std::string_view word, std::string_view code) {
        LanguageEvidence e;
        e.add_word(word);
        for (std::size_t k = 0; k < langs.size(); ++k)
            if (langs[k]->code == code)
                return e.points.empty() ? 0 : e.points[k];
        return -1;
    };
    CHECK(points_of("schwimmbrille", "de") > 0); // "sch", ASCII
    CHECK(points_of("vrijwilliger", "nl") > 0);  // "ij", ASCII
    CHECK(points_of("straßenbahnen", "de") > 0); // "ß"
    CHECK(points_of("señoritas", "es") > 0);     // "ñ"
    CHECK(points_of("xqzvk", "de") == 0);
    CHECK(points_of("xqzvk", "nl") == 0);
}
