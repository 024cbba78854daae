// Lines of the article's body that went to the boilerplate (invented pages):
// - a short table of figures alone ("2023 184", one row a line, a label over them and the line naming their source
//   under them) between two paragraphs that speak of its figures is the article's text, as a table of a label and
//   its figures is (src/figure_tables.cpp, asked by main_region() and the section loop). A ticker or a table of
//   results in the page's margins stays boilerplate.
// - an interview's last answer cut off mid-sentence by a paywall's prompt stays in the body under its question
//   (take_closing_answers(), cut_last_answer()), and is no quote of its own.
// - an e-paper's short copy keeps its paragraphs apart after a long last line closing a sentence (split_runs()).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "figure_tables.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A page of `lang`: a paragraph, the table (its label, three rows of a year and a count, its source), two paragraphs.
std::string table_page(const std::string& head, const std::string& over, const std::string& label,
                       const std::string& source, const std::string& under, const std::string& tail) {
    return head + "\n\n" + over + "\n\n" + label + "\n2023 184\n2024 197\n2025 203\n" + source + "\n\n" + under +
           "\n\n" + tail;
}

// A page of a language and two of its lines a test looks for (a table's label and source, a question and its answer).
struct LinesRow {
    const char* lang;
    std::string page;
    const char* first;
    const char* second;
};

} // namespace

TEST_CASE("a table of figures alone and its source between two paragraphs are the article's text",
          "[region][region94]") {
    const LinesRow rows[] = {
        {"it",
         table_page("Cronaca\nValdorra, crescono gli iscritti alla scuola di musica\nDi Carlo Ferretti\n12 novembre 2026",
                    "Gli iscritti alla scuola civica di musica di Valdorra sono aumentati anche quest'anno, secondo i "
                    "dati diffusi giovedì dal comune.",
                    "Anno Iscritti", "Fonte: Istat",
                    "Il direttore Rino Tassi spiega che la crescita si deve soprattutto ai corsi serali per adulti, "
                    "aperti due anni fa.\n\nIl comune prevede di ampliare la sede entro il 2028, con tre nuove aule.",
                    "Condividi\nNote legali\n"),
         "Anno Iscritti", "Fonte: Istat"},
        {"de",
         table_page("Wirtschaft\nMehr Mitglieder im Ruderverein Seebach\nVon Jonas Albrecht\n12. November 2026",
                    "Der Ruderverein Seebach zählt auch in diesem Jahr mehr Mitglieder, wie der Vorstand am Donnerstag "
                    "mitteilte.",
                    "Jahr Mitglieder", "Quelle: Destatis",
                    "Vorstand Lena Dorfner führt das Wachstum vor allem auf die neuen Kurse für Schüler zurück, die "
                    "seit zwei Jahren laufen.\n\nDer Verein will bis 2028 ein zweites Bootshaus am Nordufer bauen.",
                    "Teilen\nImpressum\n"),
         "Jahr Mitglieder", "Quelle: Destatis"},
        {"fr",
         table_page("Société\nLes inscriptions au club de voile de Portmarin progressent\nPar Claire Durandet\n12 "
                    "novembre 2026",
                    "Les inscriptions au club de voile de Portmarin ont encore progressé cette année, selon les "
                    "chiffres publiés jeudi par la mairie.",
                    "Année Inscrits", "Source : Insee",
                    "Le président Marc Lenoir explique cette hausse par les stages d'été ouverts aux adolescents depuis "
                    "deux ans.\n\nLa mairie prévoit d'agrandir le hangar à bateaux d'ici à 2028.",
                    "Partager\nMentions légales\n"),
         "Année Inscrits", "Source : Insee"},
        {"en",
         table_page("Local\nMembership of Dunmore rowing club keeps rising\nBy Carl Winton\nNovember 12, 2026",
                    "Membership of the Dunmore rowing club rose again this year, according to figures published by "
                    "the club on Thursday.",
                    "Year Members", "Source: ONS",
                    "Chairwoman Tessa Holm said the growth came mostly from the evening courses for adults that opened "
                    "two years ago.\n\nThe club plans to build a second boathouse on the north bank by 2028.",
                    "Share this article\nTerms of Use\n"),
         "Year Members", "Source: ONS"},
        {"es",
         table_page("Sociedad\nCrecen los socios del club de remo de Valmora\nPor Lucía Herrera\n12 de noviembre de "
                    "2026",
                    "Los socios del club de remo de Valmora aumentaron de nuevo este año, según las cifras publicadas "
                    "el jueves por el club.",
                    "Año Socios", "Fuente: INE",
                    "La presidenta Marta Olmedo atribuye el crecimiento a los cursos de tarde para adultos que abrieron "
                    "hace dos años.\n\nEl club prevé construir un segundo hangar en la orilla norte antes de 2028.",
                    "Compartir\nAviso legal\n"),
         "Año Socios", "Fuente: INE"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        for (const std::string& line : {std::string(r.first), std::string("2023 184"), std::string("2025 203"),
                                        std::string(r.second)}) {
            INFO(line);
            CHECK(test::in_text(a, line));
            CHECK_FALSE(test::in_boilerplate(a, line));
        }
    }
}

TEST_CASE("rows of figures that stand amid no text stay out of the article", "[region][region94]") {
    // A ticker's figures under the text, no paragraph under them.
    const Article ticker = classify(
        segment(test::article_with_tail("en", "\nMarkets\n7412 0.4\n18230 1.2\n5120 0.8\nSource: Harbour Exchange\n")),
        "en");
    CHECK_FALSE(test::in_text(ticker, "7412 0.4"));
    CHECK_FALSE(test::in_text(ticker, "Source: Harbour Exchange"));
    // A table of results under the text, then the site's footer only.
    const Article results = classify(
        segment(test::article_with_tail("de", "\nErgebnisse\n2 1\n0 3\n1 1\nQuelle: Ligaverband\nImpressum\nDatenschutz\n")),
        "de");
    CHECK_FALSE(test::in_text(results, "0 3"));
    CHECK_FALSE(test::in_text(results, "Quelle: Ligaverband"));
}

TEST_CASE("a table's rows, its label and its source are known by their neighbours", "[region][region94]") {
    const std::string page = "Year Members\n2023 184\n2024 197\n2025 203\nSource: ONS\nAfter the table.";
    const std::vector<Block> blocks = segment(page);
    REQUIRE(blocks.size() == 6);
    CHECK_FALSE(table_row_line(blocks[0]));
    CHECK(table_row_line(blocks[1]));
    CHECK(table_row_line(blocks[3]));
    CHECK_FALSE(table_row_line(blocks[4]));
    CHECK_FALSE(table_row_line(blocks[5])); // (a sentence, closed by its stop)
    // A sentence stating figures is no row.
    CHECK_FALSE(table_row_line(segment("The club had 184 members in 2023.").front()));
    CHECK_FALSE(table_row_line(segment("Il club aveva 184 iscritti nel 2023.").front()));
}

namespace {

// An interview of `lang`: two questions in bold (headings) over their answers, then `last_question` and `cut_answer`
// over the paywall's `prompt`.
std::string interview(const std::string& head, const std::string& pairs, const std::string& last_question,
                      const std::string& cut_answer, const std::string& prompt) {
    return head + "\n\n" + pairs + "\n\n" + last_question + "\n" + cut_answer + "\n" + prompt;
}

bool quoted(const std::vector<Quote>& quotes, const std::string& words) {
    return std::any_of(quotes.begin(), quotes.end(),
                       [&](const Quote& q) { return q.text.find(words) != std::string::npos; });
}

} // namespace

TEST_CASE("an interview's last answer cut off by a paywall stays in the body, no quote", "[region][paywall][region94]") {
    const LinesRow rows[] = {
        {"de",
         interview("Interview\nJonas Albrecht: „Eine Werft ist zuerst eine Mannschaft“\nDer Chef der Werft Seebach "
                   "blickt auf vierzig Jahre im Beruf zurück.\nVon Lena Dorfner\n12. November 2026\n\nJonas "
                   "Albrecht hat die Werft in Seebach zwanzig Jahre lang geleitet. Im Dezember geht er in den "
                   "Ruhestand.",
                   "Erinnern Sie sich an Ihr erstes Schiff?\nJa, sehr gut. Es war ein Fischkutter von achtzehn "
                   "Metern, drei Monate zu spät geliefert, und fast hätten wir den Kunden verloren.\n\nWas haben Sie "
                   "daraus gelernt?\nDass man die Schweißer vor den Ingenieuren fragen muss. Sie wissen, was hält und "
                   "was nicht hält.",
                   "Und heute, hat sich der Beruf verändert?", "Ja. Ein alter Meister hat mir einmal gesagt",
                   "Jetzt weiterlesen mit Plus\nSie haben bereits ein Abo? Hier anmelden\n"),
         "Und heute, hat sich der Beruf verändert?", "Ja. Ein alter Meister hat mir einmal gesagt"},
        {"en",
         interview("Interview\nTessa Holm: \"A boatyard is a crew first\"\nThe head of the Dunmore boatyard looks "
                   "back on forty years in the trade.\nBy Carl Winton\nNovember 12, 2026\n\nTessa Holm ran the "
                   "Dunmore boatyard for twenty years. She retires in December.",
                   "Do you remember your first boat?\nYes, very well. It was an eighteen-metre trawler, delivered "
                   "three months late, and we nearly lost the customer.\n\nWhat did you learn from that?\nThat you "
                   "ask the welders before the engineers. They know what holds and what does not.",
                   "And today, has the trade changed?", "Yes. An old foreman once told me that",
                   "Subscribe to keep reading\nAlready a subscriber? Log in\n"),
         "And today, has the trade changed?", "Yes. An old foreman once told me that"},
        {"fr",
         interview("Entretien\nHervé Castagnol : « Un chantier naval, c'est d'abord une équipe »\nLe patron des "
                   "chantiers de Portmarin revient sur quarante ans de métier.\nPar Claire Durandet\n12 novembre "
                   "2026\n\nHervé Castagnol a dirigé les chantiers navals de Portmarin pendant vingt ans. Il part à "
                   "la retraite en décembre.",
                   "Vous souvenez-vous de votre premier bateau ?\nOui, très bien. C'était un chalutier de dix-huit "
                   "mètres, livré en retard de trois mois, et nous avons failli perdre le client.\n\nQu'avez-vous "
                   "appris de cet échec ?\nQu'il faut écouter les soudeurs avant les ingénieurs. Ce sont eux qui "
                   "savent ce qui tient et ce qui ne tient pas.",
                   "Et aujourd'hui, le métier a-t-il changé ?", "Oui. Un vieux patron m'a dit un jour",
                   "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.\nDéjà abonné ? Se "
                   "connecter\n"),
         "Et aujourd'hui, le métier a-t-il changé ?", "Oui. Un vieux patron m'a dit un jour"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::in_text(a, r.first));
        CHECK(test::in_text(a, r.second));
        const std::vector<Quote> quotes = extract_quotes(a);
        CHECK_FALSE(quoted(quotes, r.second));
        // (The whole answers over it are the interviewee's quotes still.)
        CHECK_FALSE(quoted(quotes, r.first));
        CHECK(quotes.size() >= 3);
    }
}

TEST_CASE("a short line under no question, or over no paywall, is no cut answer", "[region][paywall][region94]") {
    const std::string head = "Interview\nTessa Holm: \"A boatyard is a crew first\"\nThe head of the Dunmore "
                             "boatyard looks back on forty years in the trade.\nBy Carl Winton\nNovember 12, "
                             "2026\n\nTessa Holm ran the Dunmore boatyard for twenty years. She retires in December.";
    const std::string pairs = "Do you remember your first boat?\nYes, very well. It was an eighteen-metre trawler, "
                              "delivered three months late, and we nearly lost the customer.\n\nWhat did you learn "
                              "from that?\nThat you ask the welders before the engineers. They know what holds and "
                              "what does not.";
    // No question over it: a statement closed by its stop.
    const Article stated = classify(segment(interview(head, pairs, "And today, the trade has changed.",
                                                      "Yes. An old foreman once told me that",
                                                      "Subscribe to keep reading\nAlready a subscriber? Log in\n")),
                                    "en");
    CHECK_FALSE(test::in_text(stated, "Yes. An old foreman once told me that"));
    // No paywall under it: a box of related stories.
    const Article boxed = classify(segment(interview(head, pairs, "And today, has the trade changed?",
                                                     "Yes. An old foreman once told me that",
                                                     "Related stories\nHarbour fees to rise in spring\n")),
                                   "en");
    CHECK_FALSE(test::in_text(boxed, "Yes. An old foreman once told me that"));
}

// An e-paper's short copy without blank lines, fewer than two paragraphs of four wrapped lines (join_wrapped() reads it
// with the breaks at a short line closing a sentence): a paragraph whose last line closes its sentence, the next
// line's first word fitting on it, and the next paragraph opening with a capital, stay apart however long that last
// line is (src/segment.cpp split_runs()).
TEST_CASE("a short e-paper copy's paragraphs stay apart after a long last line", "[segment][epaper][region94]") {
    const struct {
        std::vector<std::string> lines;
        std::size_t paragraphs; // (two: the second opening with the page's fifth line)
    } rows[] = {
        {{"Les riverains de Vernaz devront bientôt", "changer leurs habitudes. Dès le 3 mars, la",
          "navette qui relie le hameau à la gare ne", "passera plus que le matin et le soir.",
          "Le syndic, Marc Tissot, invoque le manque", "de chauffeurs et le coût de l'entretien des",
          "véhicules, qui a doublé en quatre ans, pour", "expliquer la décision de la commune."},
         2},
        {{"Die Gemeinde Wollbach will ihre alte Mühle", "am Dorfbach in ein Museum umbauen lassen,",
          "die Kosten liegen bei rund zwei Millionen", "Euro, die Hälfte davon trägt das Land.",
          "Der Bürgermeister, Jan Keller, rechnet mit", "der Eröffnung im Frühjahr 2028, wenn der",
          "Gemeinderat im Mai den Kredit freigibt und", "die Arbeiten am Dach rechtzeitig beginnen."},
         2},
        {{"The parish of Holmbury will turn its old mill", "by the brook into a museum, at a cost of",
          "about two million pounds, half of it paid", "for by the county and the heritage fund.",
          "\"We hope to open the doors in spring 2028,\"", "said the parish clerk, Jan Keller, if the",
          "council approves the loan in May and the", "work on the roof can start in good time."},
         2},
        // Near misses, one paragraph. The next line's first word would not have fitted on the line: the wrap broke it.
        {{"Les riverains de Vernaz devront bientôt", "changer leurs habitudes. Dès le 3 mars, la",
          "navette qui relie le hameau à la gare ne", "passera plus le matin ni tard le soir, dit-il.",
          "Beaucoup invoquent le manque de chauffeurs", "et le coût de l'entretien des véhicules, qui",
          "a doublé en quatre ans selon la commune de", "Vernaz et ses voisines du plateau de Gex."},
         1},
        // "... trägt das Land." / "und der Bürgermeister ...": a line opening in lower case goes on with the sentence.
        {{"Die Gemeinde Wollbach will ihre alte Mühle", "am Dorfbach in ein Museum umbauen lassen,",
          "die Kosten liegen bei rund zwei Millionen", "Euro. Die Hälfte davon trägt das Land.",
          "und der Bürgermeister, Jan Keller, rechnet", "mit der Eröffnung im Frühjahr 2028, wenn",
          "der Gemeinderat im Mai den Kredit freigibt", "und die Arbeiten am Dach beginnen können."},
         1},
    };
    for (const auto& r : rows) {
        INFO(r.lines.front());
        const std::vector<std::string> texts = test::texts_of(segment(test::page_of(r.lines)));
        REQUIRE(texts.size() == r.paragraphs);
        if (r.paragraphs == 2)
            CHECK(texts[1].rfind(r.lines[4], 0) == 0);
    }
}
