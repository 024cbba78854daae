// Interviews in unlabelled turns (session 52): the Spanish and French dialogue dash opening each question and each
// answer ("—¿Q?" / "—A", "— Q ?" / "— A"), and the English question over its answer on a page that an editor's
// note calls an interview. The interviewee is the one the headline names before its colon, a description after
// a comma allowed ("Ana Ruiz, ex ministra: «Q»"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

Article interview(const std::string& lang, const std::string& kicker, const std::string& headline,
                  const std::string& lede, std::vector<std::string> paragraphs) {
    Article a = quote_rows::page(lang, headline, std::move(paragraphs));
    if (!kicker.empty())
        a.kicker = kicker;
    if (!lede.empty())
        a.lede = lede;
    return a;
}

struct TurnRow {
    const char* lang;
    const char* kicker;
    const char* headline;
    const char* lede;
    std::vector<std::string> paragraphs;
    const char* name;
    const char* answer;   // an answer's words, without its dash
    const char* question; // a question's words, no quote
};

const std::vector<TurnRow>& turn_rows() {
    static const std::vector<TurnRow> rows = {
        {"es",
         "Entrevista",
         "Lucía Ferrer Gil, ex ministra de Puertos: “El muelle nuevo llega tarde”",
         "La ex funcionaria habla del puerto y de su relación con el alcalde Tomás Ibarra.",
         {"Lucía Ferrer Gil recibe a este diario en su casa de Puerto Alto, donde volvió a dar clases.",
          "—¿Cómo ve el puerto hoy?",
          "—Veo un puerto que creció demasiado rápido. Eso no es una opinión, es un dato que cualquiera puede leer.",
          "—¿Habló con el alcalde Tomás Ibarra sobre el muelle?",
          "—Hablamos muchas veces. Él quería terminarlo antes de las elecciones y yo no podía prometer eso.",
          "—¿Volvería a la política?", "—No está en mis planes. Hoy estoy contenta con mis alumnos y con el mar."},
         "Lucía Ferrer Gil",
         "Hablamos muchas veces. Él quería terminarlo antes de las elecciones y yo no podía prometer eso.",
         "¿Habló con el alcalde Tomás Ibarra sobre el muelle?"},
        {"fr",
         "Entretien",
         "Anne-Marie Roux, ancienne maire de Port-Vendres : « Le nouveau quai arrive trop tard »",
         "L'ancienne élue parle du port et de ses rapports avec le préfet Paul Girard.",
         {"Anne-Marie Roux nous reçoit dans sa maison de Port-Vendres, où elle enseigne de nouveau.",
          "— Comment voyez-vous le port aujourd'hui ?",
          "— Je vois un port qui a grandi trop vite. Ce n'est pas une opinion, c'est un fait que chacun peut lire.",
          "— Avez-vous parlé du quai avec le préfet Paul Girard ?",
          "— Nous en avons parlé souvent. Il voulait le finir avant les élections et je ne pouvais pas le promettre.",
          "— Reviendriez-vous à la politique ?",
          "— Ce n'est pas dans mes projets. Aujourd'hui je suis heureuse avec mes élèves et avec la mer."},
         "Anne-Marie Roux",
         "Nous en avons parlé souvent. Il voulait le finir avant les élections et je ne pouvais pas le promettre.",
         "Avez-vous parlé du quai avec le préfet Paul Girard ?"},
    };
    return rows;
}

} // namespace

TEST_CASE("dialogue-dash interview turns: each answer is the headline's interviewee's, no question is a quote",
          "[quotes][quotes90]") {
    for (const TurnRow& r : turn_rows()) {
        INFO(r.lang);
        const auto qs = extract_quotes(interview(r.lang, r.kicker, r.headline, r.lede, r.paragraphs));
        const Quote* answer = find_quote(qs, r.answer);
        REQUIRE(answer != nullptr);
        CHECK(answer->kind == QuoteKind::direct);
        CHECK(answer->speaker == std::optional<std::string>(r.name));
        CHECK(!answer->cue);
        for (const Quote& q : qs)
            CHECK(q.text.find(std::string(r.question).substr(0, 12)) == std::string::npos);
    }
}

TEST_CASE("a headline's name before a comma and a description names the interviewee, a clause does not",
          "[quotes][quotes90]") {
    // The same turns with no dash: the answers stand under questions.
    const auto es = extract_quotes(
        interview("es", "Entrevista", "Lucía Ferrer Gil, ex ministra de Puertos: “Q”", "",
                  {"Lucía Ferrer Gil recibe a este diario en su casa.", "¿Cómo ve el puerto hoy?",
                   "Veo un puerto que creció demasiado rápido. Eso es un dato.", "¿Volvería a la política?",
                   "No está en mis planes. Hoy estoy contenta con mis alumnos."}));
    CHECK(speaker_of(es, "No está en mis planes. Hoy estoy contenta con mis alumnos.") == "Lucía Ferrer Gil");
    // "Caso Ferrer Gil, el fiscal pide ... . La defensa:": a clause with a sentence's end, no description.
    const auto clause =
        extract_quotes(interview("es", "", "Caso Lucía Ferrer, el fiscal pide diez años. La defensa: “Es inocente”", "",
                                 {"Caso Lucía Ferrer: el tribunal de Puerto Alto oyó ayer a los testigos."}));
    for (const Quote& q : clause)
        CHECK(q.speaker.value_or("") != "Caso Lucía Ferrer");
    // it: "Nome Cognome, sindaco di X: «Q»" over a body that quotes no one.
    const auto it = extract_quotes(interview("it", "", "Marco Bruni, sindaco di Porto Alto: «Il molo è in ritardo»", "",
                                             {"Marco Bruni ha ricevuto i cronisti in Comune."}));
    CHECK(speaker_of(it, "Il molo è in ritardo") == "Marco Bruni");
}

TEST_CASE("an editor's note calls the page an interview: the answers under its questions are the interviewee's",
          "[quotes][quotes90]") {
    const std::vector<std::string> body = {
        "Ann Roe Whitby has run the harbour board for a decade and is leaving it this winter.",
        "She spoke to the Gazette by phone from Dover. The conversation has been edited and condensed.",
        "Why leave now?",
        "Because the new quay is finished. I said I would stay until then, and I did.",
        "The mayor, Tom Reed, says the quay came in late. Is he right?",
        "He is right about the dates. He is wrong about the reasons, and he knows it."};
    const auto qs = extract_quotes(interview(
        "en", "", "‘The Quay Was Worth the Wait’: A Harbour Chief Looks Back",
        "Ann Roe Whitby, who ran the harbour board for a decade, says the new quay will pay for itself.", body));
    CHECK(speaker_of(qs, "He is right about the dates. He is wrong about the reasons, and he knows it.") ==
          "Ann Roe Whitby");
    CHECK(find_quote(qs, "Why leave now?") == nullptr);
    // Without the note (and no kicker or standfirst calling it one) the page is no interview: no answers read.
    std::vector<std::string> plain = body;
    plain[1] = "She spoke to the Gazette by phone from Dover.";
    const auto none = extract_quotes(interview(
        "en", "", "‘The Quay Was Worth the Wait’: A Harbour Chief Looks Back",
        "Ann Roe Whitby, who ran the harbour board for a decade, says the new quay will pay for itself.", plain));
    CHECK(find_quote(none, "He is right about the dates. He is wrong about the reasons, and he knows it.") == nullptr);
    // fr: "Propos recueillis par" under the last answer.
    const auto fr = extract_quotes(interview(
        "fr", "", "« Le quai valait l'attente »", "",
        {"Anne-Marie Roux quitte cet hiver la direction du port, qu'elle a tenue dix ans.",
         "Pourquoi partir maintenant ?",
         "Parce que le nouveau quai est terminé. J'avais dit que je resterais jusque-là.",
         "Le maire dit que le quai est en retard. A-t-il raison ?",
         "Il a raison sur les dates. Il a tort sur les raisons, et il le sait.", "Propos recueillis par Luc Favre"}));
    CHECK(speaker_of(fr, "Il a raison sur les dates. Il a tort sur les raisons, et il le sait.") == "Anne-Marie Roux");
}
