// Quote marks the reader paired wrongly, and marks that stand for no quotation: a straight mark that can only
// close, a quote carried over paragraphs that nests quotes of another kind, a title after "titled". Invented lines
// in several languages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

// One paragraph and the words of it that are (or are not) a quote of their own.
struct TextRow {
    const char* lang;
    const char* paragraph;
    const char* text;
};

void check_quoted(const std::vector<TextRow>& rows, bool quoted_alone) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        CHECK((find_quote(extract_quotes(body(r.lang, {r.paragraph})), r.text) != nullptr) == quoted_alone);
    }
}

} // namespace

TEST_CASE("a straight mark glued to the end of a word closes and never opens", "[quotes][marks][pairing]") {
    struct Row {
        const char* text;
        std::vector<std::string> quotes;
    };
    const Row rows[] = {
        // the opening mark lost: the stray closing one would pair with the next quote's opening mark
        {"The nurse ran a check of [her] vitals\" including her lungs. The only \"lab results\" shown were a page.",
         {"lab results"}},
        // an inch sign
        {"The new 13\" model ships with a \"quiet mode\" for its fans.", {"quiet mode"}},
        {"El modelo de 15\" trae un modo \"silencioso\" para el ventilador.", {"silencioso"}},
        {"Le portable de 12\" reçoit une «mise à jour» en mai.", {"mise à jour"}},
        // „…" as German sites mix the marks
        {"Der Verein „Wasser und Wald\" pflanzt jedes Jahr neue Bäume am Ufer.", {"Wasser und Wald"}},
        // marks in their usual places still pair
        {"\"We stay,\" she said. \"The rest can go.\"", {"We stay,", "The rest can go."}},
        {"He called the plan \"absurd.\" Then he left.", {"absurd."}},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(quoted(r.text) == r.quotes);
    }
}

TEST_CASE("words whose opening mark was lost keep no stray closing mark", "[quotes][marks][pairing]") {
    check_quoted(
        {
        {"en", "Ticket sales at the harbour are up again this spring. Our best new customer is the ferry line\", the "
               "port manager stressed.",
         "Our best new customer is the ferry line"},
        {"de", "Im Hafen würden wieder mehr Fahrkarten verkauft. Unser bester neuer Kunde ist die Fährlinie\", "
               "betonte der Leiter des Hafens.",
         "Unser bester neuer Kunde ist die Fährlinie"},
        {"fr", "Les ventes de billets au port remontent ce printemps. Notre meilleur nouveau client, c'est la ligne de "
               "ferry\", a souligné le directeur du port.",
         "Notre meilleur nouveau client, c'est la ligne de ferry"},
        },
        true);
}

TEST_CASE("a quote carried over paragraphs stops at a paragraph opening with the marks it nests",
          "[quotes][pairing]") {
    struct Row {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* own;     // the quote the last paragraph opens, with a cue of its own
        const char* carried; // words of the carried quote, in no quote
    };
    const std::vector<Row> rows = {
        {"en",
         {"The paper's profile quotes her at length:",
          "\"The first time she saw the mayor, in June, she felt she was one of many. Her diary from that week calls "
          "it a “turning point.”",
          "“It never felt like a phase,” she said later."},
         "It never felt like a phase",
         "diary"},
        {"de",
         {"Das Porträt der Zeitung zitiert sie ausführlich:",
          "\"Als sie den Bürgermeister im Juni zum ersten Mal sah, fühlte sie sich weniger allein. Ihr Tagebuch nennt "
          "es einen „Wendepunkt“.",
          "„Das war keine Laune“, sagte sie später."},
         "Das war keine Laune",
         "Tagebuch"},
        {"fr",
         {"Le portrait du journal la cite longuement :",
          "« La première fois qu'elle a vu le maire, en juin, elle s'est sentie moins seule. Son journal parle d'un "
          "“tournant”.",
          "“Ce n'était pas une lubie”, a-t-elle dit plus tard."},
         "Ce n'était pas une lubie",
         "journal"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        const auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* own = find_quote(qs, r.own);
        CHECK((own != nullptr && own->cue.has_value()));
        for (const auto& q : qs)
            CHECK(q.text.find(r.carried) == std::string::npos);
    }
    // A quote carried with no other marks inside still runs on into the next paragraph.
    const auto qs = extract_quotes(body("en", {"The letter from the mayor to the council reads in full as follows:",
                                               "\"The first part of the plan for the new bridge is done.",
                                               "“The rest will follow in the spring,” she wrote."}));
    CHECK(find_quote(qs, "The first part of the plan for the new bridge is done. The rest will follow in the spring") !=
          nullptr);
}

TEST_CASE("words in quote marks after a word of titling are a title, nobody's words", "[quotes][pairing]") {
    check_quoted(
        {
        {"en", "The one-minute ad, titled “Reckless,” shows a television report on the debts of the firm, a "
               "campaign aide said.",
         "Reckless"},
        {"en", "Her new essay, entitled “Why we stopped listening to each other,” appeared in the weekend edition, her "
               "editor said.",
         "Why we stopped listening to each other"},
        {"fr", "Le spot d'une minute, intitulé « Imprudent », montre un reportage sur les dettes de la firme, a "
               "déclaré un porte-parole.",
         "Imprudent"},
        {"de", "Der Werbefilm mit dem Titel „Leichtsinnig“ zeigt einen Fernsehbericht über die Schulden der Firma, "
               "sagte ein Sprecher der Kampagne.",
         "Leichtsinnig"},
        {"es", "El anuncio de un minuto, titulado «Imprudente», muestra un reportaje sobre las deudas de la "
               "firma, dijo un portavoz.",
         "Imprudente"},
        {"it", "Lo spot di un minuto, intitolato «Imprudente», mostra un servizio televisivo sui debiti della ditta "
               "negli anni novanta, ha detto un portavoce della campagna.",
         "Imprudente"},
        },
        false);
}
