// An interview whose questions lost their bold type: each question, ending in "?", stands on its own line over its
// answer, no blank line between them. jusText rates a short question bad, and it went to the boilerplate, so the text
// read answer, answer, answer. Two questions over their answers at least in the region make the page an interview,
// and each such question stays in the text as a paragraph of its own (sections_build.cpp, answered_question(),
// navigation_line()). A lone question over a line of the page ("Was denken Sie? / Schreiben Sie uns ...") is no
// interview's. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct InterviewRow {
    std::string page;
    std::vector<const char*> questions;
};

const InterviewRow rows[] = {
    {"Hafenblatt\n"
     "Politik\n"
     "Wirtschaft\n"
     "Kultur\n"
     "Interview\n"
     "Hafenmeisterin Lena Sommer: „Wir brauchen einen zweiten Kai“\n"
     "Die Hafenmeisterin über volle Liegeplätze, späte Fähren und ihren Streit mit der Gemeinde.\n"
     "Von Jonas Beck\n"
     "24.11.2026, 16:05\n"
     "Lena Sommer in ihrem Büro am Ostkai.\n"
     "© Hafenblatt/Paul Meier\n"
     "Frau Sommer, im Sommer warten die Fähren oft eine Stunde. Warum?\n"
     "Weil der Kai zu kurz ist. Zwei Schiffe können nicht gleichzeitig anlegen, und jede Verspätung wandert durch den ganzen Tag.\n"
     "Die Gemeinde sagt, ein zweiter Kai sei zu teuer.\n"
     "Das sagt die Gemeinde seit zehn Jahren. Andere Häfen zeigen, dass es sich lohnt.\n"
     "Bleiben Sie im Amt?\n"
     "Ja. Ich bin noch lange nicht fertig.\n"
     "Zur Person\n"
     "Lena Sommer (51) ist seit 2019 Hafenmeisterin.\n"
     "Kommentare\n",
     {"Frau Sommer, im Sommer warten die Fähren oft eine Stunde. Warum?", "Bleiben Sie im Amt?"}},
    {"La Gazette du Port\n"
     "Politique\n"
     "Économie\n"
     "Culture\n"
     "Entretien\n"
     "La capitaine du port Lena Sommer : « Il nous faut un deuxième quai »\n"
     "La capitaine du port parle des quais saturés, des bacs en retard et de sa querelle avec la mairie.\n"
     "Par Jonas Beck\n"
     "Publié le 24 novembre 2026 à 16h05\n"
     "Lena Sommer dans son bureau du quai est.\n"
     "© La Gazette/Paul Meier\n"
     "Madame Sommer, en été les bacs attendent souvent une heure. Pourquoi ?\n"
     "Parce que le quai est trop court. Deux bateaux ne peuvent pas accoster en même temps, et chaque retard se reporte sur toute la journée.\n"
     "La mairie dit qu'un deuxième quai coûterait trop cher.\n"
     "La mairie le dit depuis dix ans. D'autres ports montrent que cela en vaut la peine.\n"
     "Resterez-vous en poste ?\n"
     "Oui. Je suis loin d'avoir fini.\n"
     "Commentaires\n",
     {"Madame Sommer, en été les bacs attendent souvent une heure. Pourquoi ?", "Resterez-vous en poste ?"}},
    {"Harbour Weekly\n"
     "Local\n"
     "Business\n"
     "Culture\n"
     "Interview\n"
     "Harbour master Lena Summers: ‘We need a second quay’\n"
     "The harbour master on crowded berths, late ferries and her quarrel with the council.\n"
     "By Jonas Beck\n"
     "November 24, 2026\n"
     "Lena Summers in her office on the east quay.\n"
     "© Harbour Weekly/Paul Meyer\n"
     "Ms Summers, in the summer the ferries often wait an hour. Why?\n"
     "Because the quay is too short. Two boats cannot berth at the same time, and every delay carries through the whole day.\n"
     "The council says a second quay would cost too much.\n"
     "The council has said so for ten years. Other harbours show that it pays off.\n"
     "Will you stay in the job?\n"
     "Yes. I am far from finished.\n"
     "Comments\n",
     {"Ms Summers, in the summer the ferries often wait an hour. Why?", "Will you stay in the job?"}},
};

} // namespace

TEST_CASE("an interview's questions over their answers head them", "[region][region38][region43]") {
    for (const auto& r : rows) {
        const Article a = parse(r.page);
        for (const char* question : r.questions) {
            INFO(question);
            CHECK(test::contains(test::headings_of(a), question));
            CHECK_FALSE(test::in_boilerplate(a, question));
        }
    }
}

TEST_CASE("a lone question over its answer is no interview's", "[region][region38]") {
    InterviewRow row = rows[0];
    std::string page = test::replaced(row.page, "Frau Sommer, im Sommer warten die Fähren oft eine Stunde. Warum?\n", "");
    page = test::replaced(page, "Bleiben Sie im Amt?\nJa. Ich bin noch lange nicht fertig.\n",
                          "Was denken Sie?\nSchreiben Sie uns Ihre Meinung unten in die Kommentare.\n");
    const Article a = parse(page);
    CHECK_FALSE(test::contains(test::paragraphs_of(a), "Was denken Sie?"));
    CHECK(test::has_paragraph_starting(a, "Weil der Kai zu kurz ist."));
}
