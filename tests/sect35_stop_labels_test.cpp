// An interview whose turns are labelled by a word and a full stop, as Italian and Spanish papers print them ("D.
// Segretaria, com'è andata? / R. Male. ...", "Pregunta. ¿Por qué ahora? / Respuesta. Porque ..." then "P. ... /
// R. ..."): every question heads its answer, a question put as a statement too, and every answer is the
// interviewee's direct quote without its label, as with "P: ... / R: ..." (session 44, from probes of invented
// pages). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "test_pages.hpp"
#include "turn_labels.hpp"

using namespace archive;
using archive::quote_checks::find_quote;
using archive::test::check_heading_rows;

TEST_CASE("a label word closed by a full stop opens a turn, an abbreviation or a place does not", "[turns][sect35]") {
    struct Row {
        const char* line;
        LabelWord said; // (none: no label)
        const char* label;
    };
    const std::vector<Row> rows = {
        {"D. Segretaria, com'è andata?", LabelWord::question, "D"},
        {"R. Male. Ci hanno presentato un documento di tre pagine.", LabelWord::answer, "R"},
        {"Pregunta. ¿Por qué ahora?", LabelWord::question, "Pregunta"},
        {"Respuesta. Porque antes no podía.", LabelWord::answer, "Respuesta"},
        {"P. Su madre aparece como una mujer muy dura.", LabelWord::question, "P"},
        {"Q. Le port va-t-il fermer ?", LabelWord::question, "Q"},
        {"Réponse. Non, et je le redis ce matin.", LabelWord::answer, "Réponse"},
        {"Frage. Wie geht es weiter?", LabelWord::question, "Frage"},
        {"Dr. Weber sagt, die Lage sei ernst.", LabelWord::none, ""},
        {"Madrid. El Gobierno aprobó ayer el plan.", LabelWord::none, ""},
        {"U.S. troops left the base on Monday.", LabelWord::none, ""},
        {"M.K. Co to konkretnie oznacza?", LabelWord::none, ""},
        {"R: Male, ci hanno presentato un documento.", LabelWord::none, ""}, // (a colon's label: colon_label())
        {"Risposta senza punto, solo una riga.", LabelWord::none, ""},
        {"d. Segretaria, com'è andata?", LabelWord::none, ""},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto got = stop_label(r.line, 0);
        if (r.said == LabelWord::none) {
            CHECK_FALSE(got);
            continue;
        }
        REQUIRE(got);
        CHECK(got->said == r.said);
        CHECK(got->label == r.label);
        CHECK(std::string_view(r.line).substr(got->colon, 2) == ". ");
    }
}

TEST_CASE("an interview's questions labelled by a word and a full stop all head their answers, a statement too",
          "[classify][heading][sect35]") {
    check_heading_rows({
        {"it", R"(Carla Ferretti: «Il porto non chiuderà»
La presidente dell'autorità portuale risponde ai pescatori.
Carla Ferretti riceve nel suo ufficio sul molo, tra le carte del nuovo piano.
D. Presidente, il porto chiuderà?
R. No. Lo abbiamo detto ai pescatori e lo ripeto oggi: le banchine restano aperte tutto l'anno.
D. I pescatori dicono che le tariffe sono raddoppiate.
R. Sono salite, non raddoppiate. Il conto del gasolio lo paghiamo anche noi.
D. E se il consiglio dice di no?
R. Allora riprenderemo il dossier in primavera, con i numeri sul tavolo.
)",
         {"D. Presidente, il porto chiuderà?", "D. I pescatori dicono che le tariffe sono raddoppiate.",
          "D. E se il consiglio dice di no?"}},
        {"es", R"(Marta Salinas: “El puerto no va a cerrar”
La presidenta de la autoridad portuaria responde a los pescadores.
Marta Salinas recibe en su despacho del muelle, entre los papeles del nuevo plan.
Pregunta. ¿Va a cerrar el puerto?
Respuesta. No. Se lo dijimos a los pescadores y lo repito hoy: los muelles siguen abiertos todo el año.
P. Los pescadores dicen que las tarifas se han duplicado.
R. Han subido, no se han duplicado. La factura del gasóleo también la pagamos nosotros.
P. ¿Y si el consejo dice que no?
R. Entonces retomaremos el expediente en primavera, con las cifras sobre la mesa.
)",
         {"Pregunta. ¿Va a cerrar el puerto?", "P. Los pescadores dicen que las tarifas se han duplicado.",
          "P. ¿Y si el consejo dice que no?"}},
        {"fr", R"(Claire Vasseur : « Le port ne fermera pas »
La présidente du port répond aux pêcheurs.
Claire Vasseur nous reçoit dans son bureau du quai, entre les dossiers du nouveau plan.
Q. Le port va-t-il fermer ?
R. Non. Nous l'avons dit aux pêcheurs et je le redis ce matin : les quais restent ouverts toute l'année.
Q. Les pêcheurs disent que les tarifs ont doublé.
R. Ils ont augmenté, ils n'ont pas doublé. La facture du gazole, nous la payons aussi.
Q. Et si le conseil dit non ?
R. Alors nous reprendrons le dossier au printemps, chiffres sur la table.
)",
         {"Q. Le port va-t-il fermer ?", "Q. Les pêcheurs disent que les tarifs ont doublé.",
          "Q. Et si le conseil dit non ?"}},
    });
}

TEST_CASE("an interview's turns labelled by a word and a colon still head their answers", "[classify][heading][sect35]") {
    check_heading_rows({
        {"de", R"(Anna Berg: „Der Hafen bleibt offen“
Die Chefin der Hafenbehörde antwortet den Fischern.
Anna Berg empfängt uns in ihrem Büro am Kai, zwischen den Akten des neuen Plans.
Frage: Frau Berg, schließt der Hafen?
Antwort: Nein. Das haben wir den Fischern gesagt, und ich sage es heute wieder: Die Kais bleiben offen.
Frage: Die Fischer sagen, die Gebühren hätten sich verdoppelt.
Antwort: Sie sind gestiegen, nicht verdoppelt. Die Rechnung für den Diesel zahlen wir auch.
Frage: Und wenn der Rat nein sagt?
Antwort: Dann nehmen wir die Akte im Frühling wieder auf, mit den Zahlen auf dem Tisch.
)",
         {"Frage: Frau Berg, schließt der Hafen?", "Frage: Die Fischer sagen, die Gebühren hätten sich verdoppelt.",
          "Frage: Und wenn der Rat nein sagt?"}},
        {"fr", R"(Claire Vasseur : « Le port ne fermera pas »
La présidente du port répond aux pêcheurs.
Claire Vasseur nous reçoit dans son bureau du quai, entre les dossiers du nouveau plan.
Q : Le port va-t-il fermer ?
R : Non. Nous l'avons dit aux pêcheurs et je le redis ce matin : les quais restent ouverts toute l'année.
Q : Les pêcheurs disent que les tarifs ont doublé.
R : Ils ont augmenté, ils n'ont pas doublé. La facture du gazole, nous la payons aussi.
Q : Et si le conseil dit non ?
R : Alors nous reprendrons le dossier au printemps, chiffres sur la table.
)",
         {"Q : Le port va-t-il fermer ?", "Q : Les pêcheurs disent que les tarifs ont doublé.",
          "Q : Et si le conseil dit non ?"}},
    });
}

namespace {

struct QuoteRow {
    const char* lang;
    const char* headline;
    const char* named; // (the standfirst's words after the name of the one interviewed)
    std::vector<std::string> paragraphs;
    std::vector<std::string> answers; // (the words after each answer's label)
    const char* speaker;
};

void check_answers(const std::vector<QuoteRow>& rows) {
    for (const QuoteRow& r : rows) {
        INFO(r.lang << ": " << r.paragraphs.front());
        // (the one interviewed named over the turns, as the page's standfirst does)
        const std::string headline = r.headline;
        std::vector<std::string> paragraphs{headline.substr(0, headline.find(':')) + " " + r.named};
        paragraphs.insert(paragraphs.end(), r.paragraphs.begin(), r.paragraphs.end());
        Article a = quote_rows::page(r.lang, headline, paragraphs);
        a.kicker = r.lang == std::string("it") ? "Intervista" : "Entrevista"; // (a page called an interview)
        const auto qs = extract_quotes(a);
        for (const std::string& answer : r.answers) {
            INFO(answer);
            const Quote* q = find_quote(qs, answer);
            REQUIRE(q);
            CHECK(q->kind == QuoteKind::direct);
            CHECK(q->speaker.value_or("") == r.speaker);
        }
        for (const Quote& q : qs) { // (no label in a quote's words, no question quoted)
            INFO(q.text);
            CHECK_FALSE(stop_label(q.text, 0));
        }
    }
}

} // namespace

TEST_CASE("an interview's answers labelled by a word and a full stop are the interviewee's direct quotes",
          "[quotes][sect35]") {
    check_answers({
        {"it",
         "Carla Ferretti: «Il porto non chiuderà»",
         "riceve nel suo ufficio sul molo, tra le carte del nuovo piano.",
         {"D. Presidente, il porto chiuderà?",
          "R. No. Lo abbiamo detto ai pescatori e lo ripeto oggi, le banchine restano aperte.",
          "D. I pescatori dicono che le tariffe sono raddoppiate.",
          "R. Sono salite, non raddoppiate. Il conto del gasolio lo paghiamo anche noi.",
          "D. E se il consiglio dice di no?", "R. Allora riprenderemo il dossier in primavera."},
         {"No. Lo abbiamo detto ai pescatori e lo ripeto oggi, le banchine restano aperte.",
          "Sono salite, non raddoppiate. Il conto del gasolio lo paghiamo anche noi.",
          "Allora riprenderemo il dossier in primavera."},
         "Carla Ferretti"},
        {"es",
         "Marta Salinas: “El puerto no va a cerrar”",
         "recibe en su despacho del muelle, entre los papeles del nuevo plan.",
         {"Pregunta. ¿Va a cerrar el puerto?",
          "Respuesta. No. Se lo dijimos a los pescadores y lo repito hoy, los muelles siguen abiertos.",
          "P. Los pescadores dicen que las tarifas se han duplicado.",
          "R. Han subido, no se han duplicado. La factura del gasóleo también la pagamos nosotros.",
          "P. ¿Y si el consejo dice que no?", "R. Entonces retomaremos el expediente en primavera."},
         {"No. Se lo dijimos a los pescadores y lo repito hoy, los muelles siguen abiertos.",
          "Han subido, no se han duplicado. La factura del gasóleo también la pagamos nosotros.",
          "Entonces retomaremos el expediente en primavera."},
         "Marta Salinas"},
    });
}

TEST_CASE("an interview's labelled first answer is quoted without its label when the later turns have none",
          "[quotes][sect35]") {
    check_answers({
        {"es",
         "Marta Salinas: “El puerto no va a cerrar”",
         "recibe en su despacho del muelle, entre los papeles del nuevo plan.",
         {"Pregunta. ¿Va a cerrar el puerto?",
          "Respuesta. No. Se lo dijimos a los pescadores y lo repito hoy, los muelles siguen abiertos.",
          "¿Y si el consejo dice que no?", "Entonces retomaremos el expediente en primavera."},
         {"No. Se lo dijimos a los pescadores y lo repito hoy, los muelles siguen abiertos.",
          "Entonces retomaremos el expediente en primavera."},
         "Marta Salinas"},
        {"it",
         "Carla Ferretti: «Il porto non chiuderà»",
         "riceve nel suo ufficio sul molo, tra le carte del nuovo piano.",
         {"Domanda. Il porto chiuderà davvero?",
          "Risposta. No. Lo abbiamo detto ai pescatori e lo ripeto oggi, le banchine restano aperte.",
          "E se il consiglio dice di no?", "Allora riprenderemo il dossier in primavera."},
         {"No. Lo abbiamo detto ai pescatori e lo ripeto oggi, le banchine restano aperte.",
          "Allora riprenderemo il dossier in primavera."},
         "Carla Ferretti"},
    });
}
