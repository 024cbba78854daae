// A forum member's day of joining, printed in the member's box beside a post ("Joined: Mar 12, 2021", "Joined" /
// "Mar 12, 2021", "Mitglied seit: 12.03.2021", "Inscrit le : 12 mars 2021"): no day the page was published, and no
// date line that moves the headline (head61; probe63 H4). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "date_labels.hpp"
#include "dates.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a member's day of joining after its label is no page date", "[dates][head61]") {
    struct Row {
        const char* lang;
        const char* line;
    };
    const Row rows[] = {
        {"en", "Joined: Mar 12, 2021"},      {"en", "Member since March 12, 2021"},
        {"de", "Mitglied seit: 12.03.2021"}, {"de", "Registriert seit 12. März 2021"},
        {"fr", "Inscrit le : 12 mars 2021"}, {"es", "Miembro desde: 12 de marzo de 2021"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK_FALSE(d.published);
        CHECK_FALSE(d.is_date_line);
    }
    // Guard: a publication's label keeps its day; an event's day stays a date line of no page date, as it was.
    CHECK(read_dates("Published: Mar 12, 2021", "en").published == std::optional<std::string>("2021-03-12"));
    CHECK(read_dates("Veröffentlicht am 12.03.2021", "de").published == std::optional<std::string>("2021-03-12"));
    const DateLine release = read_dates("Release: 12.03.2021", "de");
    CHECK_FALSE(release.published);
    CHECK(release.is_date_line);
}

TEST_CASE("a label alone on its line names the day under it as another day", "[dates][head61]") {
    CHECK(other_day_label_line("Joined"));
    CHECK(other_day_label_line("Member since:"));
    CHECK(other_day_label_line("Mitglied seit"));
    CHECK(other_day_label_line("Inscrit le :"));
    CHECK(other_day_label_line("Release date")); // an event's label
    CHECK_FALSE(other_day_label_line("Published"));
    CHECK_FALSE(other_day_label_line("Joined the crew in spring"));
    CHECK_FALSE(other_day_label_line(""));
}

namespace {

// A forum thread: the title, the thread's facts, the starter's box (`member` lines), the post's day and its text.
std::string thread(const std::string& title, const std::string& facts, const std::string& member,
                   const std::string& day, const std::string& text) {
    return "Harbour Forums\nForums\nNew posts\nSearch forums\nLog in\nRegister\nForums\nEngines\n" + title + "\n" +
           facts + "\n1\n2\nNext\nsea_otter\nMember\n" + member + "\nMessages\n87\n" + day + "\n#1\n" + text +
           "\n\nReply\n";
}

} // namespace

TEST_CASE("a forum thread's date is its post's, not the starter's day of joining", "[dates][head61]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* facts;
        const char* member;
        const char* day;
        const char* published;
        const char* text;
    };
    const Row rows[] = {
        {"en", "Outboard stalls at idle after fuel change", "Thread starter sea_otter Start date Nov 28, 2026",
         "Joined\nMar 12, 2021", "Nov 28, 2026", "2026-11-28",
         "Since I switched fuel the outboard stalls every time I throttle back to idle. The plugs look clean and the "
         "filter is new. Has anyone seen this before?"},
        {"en", "Outboard stalls at idle after fuel change", "Thread starter sea_otter Start date Nov 28, 2026",
         "Joined: Mar 12, 2021", "Nov 28, 2026", "2026-11-28",
         "Since I switched fuel the outboard stalls every time I throttle back to idle. The plugs look clean and the "
         "filter is new. Has anyone seen this before?"},
        {"de", "Außenborder geht im Leerlauf aus", "Ersteller sea_otter", "Mitglied seit: 12.03.2021", "28.11.2026",
         "2026-11-28",
         "Seit ich den Kraftstoff gewechselt habe, geht der Außenborder im Leerlauf jedes Mal aus. Die Kerzen sind "
         "sauber und der Filter ist neu. Kennt jemand das Problem?"},
        {"fr", "Le hors-bord cale au ralenti", "Auteur sea_otter Date de début 28 nov. 2026",
         "Inscrit le\n12 mars 2021", "28 nov. 2026", "2026-11-28",
         "Depuis que j'ai changé de carburant, le hors-bord cale chaque fois que je reviens au ralenti. Les bougies "
         "sont propres et le filtre est neuf. Quelqu'un a-t-il déjà vu ça ?"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.member);
        const Article a = parse(thread(r.title, r.facts, r.member, r.day, r.text));
        CHECK(a.published == std::optional<std::string>(r.published));
        CHECK(a.headline == std::optional<std::string>(r.title));
    }
}
