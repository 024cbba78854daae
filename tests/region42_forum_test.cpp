// A forum's thread: a post's buttons ("Reply / Like / Report") and the next post's header (handle, member rank,
// date, "#4") between two posts end the region no longer when the header's number follows one the region holds: the
// next posts join it (region_past_boxes.cpp take_next_posts()). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

namespace {

const char* const en_thread =
    "Harbour Makers Forum\n"
    "Forums\n"
    "Members\n"
    "Log in\n"
    "Home › Forums › Boats › Engines\n"
    "Outboard stalls when warm – any ideas?\n"
    "Thread starter saltyprop\n"
    "Start date Mar 3, 2026\n"
    "saltyprop\n"
    "New member\n"
    "Mar 3, 2026\n"
    "#1\n"
    "My old two-stroke outboard starts fine in the morning but stalls after about twenty minutes on the water. The plug looks clean and the fuel is fresh. Could the carburettor be the problem, or is it something electrical?\n"
    "bilgepump_ben\n"
    "Senior member\n"
    "Mar 3, 2026\n"
    "#2\n"
    "That sounds like a failing ignition coil to me. Coils often break down once they get warm and then recover when they cool off again.\n"
    "You can test it with a spark tester when the engine is hot and see whether the spark gets weaker.\n"
    "saltyprop\n"
    "New member\n"
    "Mar 4, 2026\n"
    "#3\n"
    "Thanks, I borrowed a spark tester and the spark is indeed much weaker once the engine is warm. I ordered a new coil.\n"
    "Reply\n"
    "Like\n"
    "Report\n"
    "bilgepump_ben\n"
    "Senior member\n"
    "Mar 5, 2026\n"
    "#4\n"
    "Glad you found it, please let us know whether the new coil fixes the stalling.\n"
    "You must log in or register to reply here.\n"
    "Similar threads\n"
    "Two-stroke oil ratio for old engines\n"
    "Share:\n"
    "Facebook\n"
    "Email\n"
    "Contact us\n"
    "Terms and rules\n";

const char* const de_thread =
    "Hafenbastler-Forum\n"
    "Foren\n"
    "Mitglieder\n"
    "Anmelden\n"
    "Startseite › Foren › Boote › Motoren\n"
    "Außenborder geht im warmen Zustand aus – Ideen?\n"
    "Themenstarter saltyprop\n"
    "Erstellt am 3. März 2026\n"
    "saltyprop\n"
    "Neues Mitglied\n"
    "3. März 2026\n"
    "#1\n"
    "Mein alter Zweitakt-Außenborder springt morgens gut an, geht aber nach etwa zwanzig Minuten auf dem Wasser aus. Die Kerze sieht sauber aus und der Sprit ist frisch. Kann es am Vergaser liegen, oder ist es etwas Elektrisches?\n"
    "bilgepump_ben\n"
    "Erfahrenes Mitglied\n"
    "3. März 2026\n"
    "#2\n"
    "Das klingt für mich nach einer defekten Zündspule. Spulen fallen oft aus, wenn sie warm werden, und erholen sich wieder, wenn sie abkühlen.\n"
    "Du kannst sie mit einem Funkentester prüfen, wenn der Motor heiß ist, und schauen, ob der Funke schwächer wird.\n"
    "saltyprop\n"
    "Neues Mitglied\n"
    "4. März 2026\n"
    "#3\n"
    "Danke, ich habe mir einen Funkentester geliehen, und der Funke ist im warmen Zustand tatsächlich viel schwächer. Neue Spule ist bestellt.\n"
    "Antworten\n"
    "Gefällt mir\n"
    "Melden\n"
    "bilgepump_ben\n"
    "Erfahrenes Mitglied\n"
    "5. März 2026\n"
    "#4\n"
    "Schön, dass du es gefunden hast, sag bitte Bescheid, ob die neue Spule das Problem mit dem Ausgehen behebt.\n"
    "Du musst dich anmelden oder registrieren, um hier zu antworten.\n"
    "Ähnliche Themen\n"
    "Ölmischung für alte Zweitakter\n"
    "Teilen:\n"
    "Facebook\n"
    "E-Mail\n"
    "Kontakt\n"
    "Nutzungsbedingungen\n";

const char* const fr_thread =
    "Forum des Bricoleurs du Port\n"
    "Forums\n"
    "Membres\n"
    "Connexion\n"
    "Accueil › Forums › Bateaux › Moteurs\n"
    "Le hors-bord cale une fois chaud – des idées ?\n"
    "Auteur de la discussion saltyprop\n"
    "Date de début 3 mars 2026\n"
    "saltyprop\n"
    "Nouveau membre\n"
    "3 mars 2026\n"
    "#1\n"
    "Mon vieux hors-bord deux-temps démarre bien le matin mais cale après une vingtaine de minutes sur l'eau. La bougie est propre et l'essence est neuve. Est-ce que ça peut venir du carburateur, ou plutôt de l'allumage ?\n"
    "bilgepump_ben\n"
    "Membre confirmé\n"
    "3 mars 2026\n"
    "#2\n"
    "Ça ressemble beaucoup à une bobine d'allumage fatiguée. Les bobines lâchent souvent une fois chaudes, puis repartent quand elles refroidissent.\n"
    "Tu peux la tester avec un testeur d'étincelle quand le moteur est chaud et regarder si l'étincelle faiblit.\n"
    "saltyprop\n"
    "Nouveau membre\n"
    "4 mars 2026\n"
    "#3\n"
    "Merci, j'ai emprunté un testeur et l'étincelle est en effet beaucoup plus faible à chaud. J'ai commandé une bobine neuve.\n"
    "Répondre\n"
    "J'aime\n"
    "Signaler\n"
    "bilgepump_ben\n"
    "Membre confirmé\n"
    "5 mars 2026\n"
    "#4\n"
    "Content que tu aies trouvé, dis-nous si la nouvelle bobine règle le problème une fois pour toutes.\n"
    "Vous devez vous connecter ou vous inscrire pour répondre ici.\n"
    "Discussions similaires\n"
    "Mélange huile pour vieux deux-temps\n"
    "Partager :\n"
    "Facebook\n"
    "E-mail\n"
    "Contact\n"
    "Conditions d'utilisation\n";

} // namespace

TEST_CASE("a forum's next post under the buttons of the one before stays in the body", "[region][region42]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* first;
        const char* last;
    };
    const Row rows[] = {
        {"en", en_thread, "My old two-stroke outboard", "Glad you found it"},
        {"de", de_thread, "Mein alter Zweitakt-Außenborder", "Schön, dass du es gefunden hast"},
        {"fr", fr_thread, "Mon vieux hors-bord", "Content que tu aies trouvé"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::has_paragraph_starting(a, r.first));
        CHECK(test::has_paragraph_starting(a, r.last));
        // The buttons and the post's header stay out of the text.
        CHECK_FALSE(test::in_text(a, "#4"));
        CHECK(test::in_boilerplate(a, "#4"));
    }
}

TEST_CASE("a post whose number follows none of the region's is not taken past the buttons", "[region][region42]") {
    // "#7" under "#3": no post of the same thread numbered one before it.
    const Article a = classify(segment(test::replaced(en_thread, "\n#4\n", "\n#7\n")), "en");
    CHECK(test::has_paragraph_starting(a, "Thanks, I borrowed a spark tester"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Glad you found it"));
}
