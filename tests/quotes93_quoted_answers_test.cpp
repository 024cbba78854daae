// An interview's answer that quotes someone else in marks: the quote once, its speaker's, the answer's words around
// it the interviewee's, named by the headline before its colon and addressed by the questions. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

// An interview page: its kicker, and questions each over its answer.
archive::Article interview(const char* lang, const char* kicker, const char* headline,
                           std::vector<std::string> paragraphs) {
    archive::Article a = archive::quote_rows::page(lang, headline, std::move(paragraphs));
    a.kicker = kicker;
    return a;
}

int count_text(const std::vector<archive::Quote>& qs, const std::string& words) {
    return static_cast<int>(std::count_if(qs.begin(), qs.end(), [&words](const archive::Quote& q) {
        return q.text.find(words) != std::string::npos;
    }));
}

// The answer's quote of `inner` stands once, said by `inner_speaker`; the answer's `answer_words` beside it are
// still the interviewee's.
void check_quoted_answer(const archive::Article& page, const std::string& inner, const char* inner_speaker,
                         const std::string& answer_words, const char* interviewee) {
    INFO(inner);
    const auto qs = archive::extract_quotes(page);
    CHECK(count_text(qs, inner) == 1);
    const auto said = std::find_if(qs.begin(), qs.end(), [&inner](const archive::Quote& q) {
        return q.text.find(inner) != std::string::npos;
    });
    REQUIRE(said != qs.end());
    CHECK(said->speaker.value_or("") == inner_speaker);
    const auto rest = std::find_if(qs.begin(), qs.end(), [&answer_words](const archive::Quote& q) {
        return q.text.find(answer_words) != std::string::npos;
    });
    REQUIRE(rest != qs.end());
    CHECK(rest->speaker.value_or("") == interviewee);
}

} // namespace

TEST_CASE("an interview's answer quoting someone named in marks gives that quote once, to its speaker",
          "[quotes][quotes93]") {
    check_quoted_answer(
        interview("fr", "Entretien", "Claire Morvan : « Le port doit rester ouvert aux pêcheurs »",
                  {"Madame Morvan, pourquoi refusez-vous le projet de marina ?",
                   "Parce qu'il chasse les pêcheurs du quai. Nous avons perdu douze places en deux ans.",
                   "Le maire vous a-t-il répondu ?",
                   "Il l'a fait au conseil. Le maire Gérard Poulain nous a lancé : « Les bateaux de pêche garderont "
                   "leur quai ». Personne ne l'a écrit depuis."}),
        "Les bateaux de pêche garderont leur quai", "Gérard Poulain", "Personne ne l'a écrit depuis", "Claire Morvan");
    check_quoted_answer(
        interview("de", "Interview", "Karin Holt: „Die Fähre darf nicht verschwinden“",
                  {"Frau Holt, warum kämpfen Sie so um die Fähre?",
                   "Weil sie die einzige Verbindung für die Pendler ist. Ohne sie fahren viele eine Stunde Umweg.",
                   "Hat der Landrat Ihnen geantwortet?",
                   "Nur einmal. Landrat Peter Sauer sagte mir im März: „Die Fähre kostet uns zu viel.“ Gerechnet hat "
                   "er nie."}),
        "Die Fähre kostet uns zu viel", "Peter Sauer", "Gerechnet hat er nie", "Karin Holt");
}

TEST_CASE("an interview's answer with words in marks of no one's cue keeps them as its own, once",
          "[quotes][quotes93]") {
    // (near miss: a term in marks inside the answer is the answer's words, not a quote of anyone)
    const auto qs = archive::extract_quotes(
        interview("fr", "Entretien", "Claire Morvan : « Le port doit rester ouvert aux pêcheurs »",
                  {"Madame Morvan, pourquoi refusez-vous le projet de marina ?",
                   "Parce qu'il chasse les pêcheurs du quai. Nous avons perdu douze places en deux ans.",
                   "Que proposez-vous ?",
                   "Un quai partagé. Nous appelons cela le « quai des deux flottes », et la mairie le connaît."}));
    CHECK(count_text(qs, "quai des deux flottes") == 1);
    const auto answer = std::find_if(qs.begin(), qs.end(), [](const archive::Quote& q) {
        return q.text.find("Un quai partagé") != std::string::npos;
    });
    REQUIRE(answer != qs.end());
    CHECK(answer->text.find("quai des deux flottes") != std::string::npos);
    CHECK(answer->speaker.value_or("") == "Claire Morvan");
}
