// A guidance, condition or docs page whose title stands over an unnumbered contents (contents_runs.hpp): the meta block
// of labels and values under the standfirst ("From: / Department for Transport", "Herausgeber: / Amt für Mobilität")
// and the contents' entries are labels between the standfirst and the text, so the standfirst is the lede
// (classify_lede.cpp labels_over_body()); a one-word title over its standfirst and the contents, or printed right
// under its breadcrumb's copy over an introduction that names its stem, is the page's title (headline_score.cpp
// one_word_over_standfirst()).
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct MetaLedeRow {
    const char* name;
    const char* language;
    const char* page;
    const char* headline;
    const char* lede;
};

const MetaLedeRow meta_lede_rows[] = {
    {"GOV.UK-like guidance, 'From: / <department>' over the dates and the contents (en)",
     "en",
     R"(Skip to main content
Menu
Search
Home
Transport
Parking
Guidance
Apply for a permit to park a removal van outside your home
How to ask your council for a parking suspension on the day you move, and what it costs.
From:
Highways Department
Published
3 November 2026
Last updated
20 November 2026 — See all updates
Get emails about this page
Print this page
Contents
Who needs a suspension
How to apply
Signs and cones
If a car is still parked there
Who needs a suspension
You need a suspension if the van would block a marked bay, a permit holders' bay or a loading zone for more than twenty minutes while you carry your furniture out of the house.
A van parked on a single yellow line outside the hours on the sign needs no suspension.
How to apply
Apply online at least ten working days before your move and pay the fee when you apply.
The fee is £40 for one day and £25 for each day after that.
Signs and cones
The council puts up signs at least three days before the day and takes them away the day after.
You must not move the signs or put out cones of your own.
If a car is still parked there
Call the number on the sign: the council will ask the owner to move it or arrange to move it.
Is this page useful?
Yes
No
)",
     "Apply for a permit to park a removal van outside your home",
     "How to ask your council for a parking suspension on the day you move, and what it costs."},
    {"Swiss cantonal page, 'Publié par : / <office>' and 'Sommaire' (fr)",
     "fr",
     R"(Aller au contenu
Canton de Valmont
Menu
Rechercher
Accueil
Mobilité
Stationnement
Fiche pratique
Demander une place pour un camion de déménagement
Comment réserver des places de stationnement devant chez vous le jour du déménagement, et ce que cela coûte.
Publié par :
Office de la mobilité
Publié le
3 novembre 2026
Mis à jour le
20 novembre 2026
Imprimer la page
Partager
Sommaire
Qui doit demander une place
Faire la demande
Panneaux et cônes
Si une voiture est encore garée
Qui doit demander une place
Il faut une autorisation si le camion occupe une case marquée ou une zone de livraison plus de vingt minutes.
Un camion arrêté hors des heures indiquées sur le panneau n'a besoin d'aucune autorisation.
Faire la demande
Déposez la demande en ligne au moins dix jours ouvrables avant le déménagement et payez l'émolument.
L'émolument est de 40 francs pour un jour et de 25 francs pour chaque jour suivant.
Panneaux et cônes
L'office pose les panneaux trois jours avant la date et les retire le lendemain.
Vous ne devez ni déplacer les panneaux ni poser vos propres cônes.
Si une voiture est encore garée
Appelez le numéro indiqué sur le panneau : l'office fait déplacer le véhicule.
Cette page vous a-t-elle été utile ?
Oui
Non
)",
     "Demander une place pour un camion de déménagement",
     "Comment réserver des places de stationnement devant chez vous le jour du déménagement, et ce que cela coûte."},
    {"Swiss cantonal page, 'Herausgeber: / <Amt>' and 'Inhaltsverzeichnis' (de)",
     "de",
     R"(Direkt zum Inhalt
Kanton Talberg
Menü
Suche
Startseite
Mobilität
Parkieren
Merkblatt
Parkplätze für einen Umzugswagen beantragen
Wie Sie für den Tag des Umzugs Parkplätze vor Ihrem Haus reservieren und was die Bewilligung kostet.
Herausgeber:
Amt für Mobilität
Veröffentlicht
3. November 2026
Zuletzt aktualisiert
20. November 2026
Seite drucken
Teilen
Inhaltsverzeichnis
Wer eine Bewilligung braucht
So stellen Sie den Antrag
Signale und Kegel
Wenn noch ein Auto dort steht
Wer eine Bewilligung braucht
Eine Bewilligung braucht, wer mit dem Wagen länger als zwanzig Minuten ein markiertes Feld oder eine Ladezone belegt.
Wer ausserhalb der signalisierten Zeiten hält, braucht keine Bewilligung.
So stellen Sie den Antrag
Stellen Sie den Antrag mindestens zehn Arbeitstage vor dem Umzug online und bezahlen Sie die Gebühr.
Die Gebühr beträgt 40 Franken für einen Tag und 25 Franken für jeden weiteren Tag.
Signale und Kegel
Das Amt stellt die Signale drei Tage vorher auf und räumt sie am Tag danach wieder weg.
Sie dürfen die Signale nicht verschieben und keine eigenen Kegel aufstellen.
Wenn noch ein Auto dort steht
Rufen Sie die Nummer auf dem Signal an: Das Amt lässt das Fahrzeug wegstellen.
War diese Seite hilfreich?
Ja
Nein
)",
     "Parkplätze für einen Umzugswagen beantragen",
     "Wie Sie für den Tag des Umzugs Parkplätze vor Ihrem Haus reservieren und was die Bewilligung kostet."},
};

struct OneWordTitleRow {
    const char* name;
    const char* language;
    const char* page;
    const char* headline;
};

const OneWordTitleRow one_word_rows[] = {
    {"condition page, one-word title over its standfirst and the contents (en)",
     "en",
     R"(Skip to main content
Health service
Search the website
Menu
Conditions A to Z
Medicines
Home
Conditions A to Z
Earwax
Earwax is a normal substance that protects the ear canal. Sometimes it builds up, blocks the ear and muffles your hearing.
Contents
Check if you have too much earwax
How to remove earwax yourself
A nurse can help with earwax
Urgent advice: Ask for an urgent appointment if:
Causes of earwax build-up
How to prevent earwax build-up
Check if you have too much earwax
A build-up of earwax can make your hearing dull on one side and cause a feeling that the ear is full or blocked.
Some people also get ringing in the ear, an itch inside it or a mild dizziness that passes after a few minutes.
How to remove earwax yourself
Put two or three drops of olive oil in the ear twice a day for a week, lying on your side for a few minutes after.
The wax often softens and falls out on its own, most often at night while you are asleep.
A nurse can help with earwax
See a practice nurse if your hearing has not come back after two weeks of drops or if the ear hurts or leaks.
Urgent advice: Ask for an urgent appointment if:
you have sudden hearing loss in one ear
the ear is swollen, hot or leaking pus
Causes of earwax build-up
Earwax builds up more often in people who wear hearing aids or earplugs and in older people, whose wax is drier.
How to prevent earwax build-up
Do not push cotton buds or fingers into the ear: they pack the wax deeper against the eardrum.
)",
     "Earwax"},
    {"condition page, one-word title over its standfirst and the 'Inhaltsverzeichnis' (de)",
     "de",
     R"(Zum Inhalt springen
Gesundheitsportal
Suche
Menü
Krankheiten von A bis Z
Medikamente
Startseite
Krankheiten von A bis Z
Ohrenschmalz
Ohrenschmalz schützt den Gehörgang. Manchmal sammelt sich zu viel davon, verstopft das Ohr und dämpft das Hören.
Inhaltsverzeichnis
Woran Sie zu viel Ohrenschmalz erkennen
Ohrenschmalz selbst entfernen
Die Praxis hilft bei Ohrenschmalz
Dringender Rat: Lassen Sie sich noch heute untersuchen, wenn:
Ursachen von zu viel Ohrenschmalz
Wie Sie Ohrenschmalz vorbeugen
Woran Sie zu viel Ohrenschmalz erkennen
Ein Pfropf aus Ohrenschmalz lässt das Hören auf einer Seite dumpf werden, und das Ohr fühlt sich voll oder verstopft an.
Manche Menschen hören zudem ein Klingeln, spüren ein Jucken im Ohr oder einen leichten Schwindel, der bald vergeht.
Ohrenschmalz selbst entfernen
Geben Sie eine Woche lang zweimal täglich zwei oder drei Tropfen Olivenöl ins Ohr und bleiben Sie danach kurz liegen.
Das Schmalz wird oft weich und fällt von selbst heraus, meistens in der Nacht während des Schlafs.
Die Praxis hilft bei Ohrenschmalz
Gehen Sie zur Praxis, wenn Sie nach zwei Wochen mit Tropfen noch schlecht hören oder wenn das Ohr schmerzt oder nässt.
Dringender Rat: Lassen Sie sich noch heute untersuchen, wenn:
Sie auf einem Ohr plötzlich nichts mehr hören
das Ohr geschwollen und heiss ist oder Eiter austritt
Ursachen von zu viel Ohrenschmalz
Zu viel Ohrenschmalz sammelt sich öfter bei Menschen mit Hörgeräten oder Ohrstöpseln und bei älteren Menschen.
Wie Sie Ohrenschmalz vorbeugen
Stecken Sie keine Wattestäbchen oder Finger ins Ohr: Sie schieben das Schmalz tiefer gegen das Trommelfell.
)",
     "Ohrenschmalz"},
    {"docs page, one-word title under the breadcrumb's copy, its stem in the introduction (en)",
     "en",
     R"(Skip to content
Quillmark
v3.0
Docs
API
Blog
Search
Getting started
Installation
Quick start
Guides
Routing
Plugins
Deployment
Reference
CLI
Settings file
Network timeouts
Guides
Routing
Routing
Quillmark matches each request against a table of routes and hands it to the first handler whose pattern fits, so that one server can answer for many sites. This page explains how patterns are written, in which order they are tried and how to add a route from a plugin.
On this page
Writing a pattern
The order of matching
Adding a route from a plugin
Writing a pattern
A pattern is a path with named parts in braces, such as /blog/{year}/{slug}, and each named part matches one segment of the path. Network timeouts do not apply while a pattern is matched.
A part may carry a type after a colon, such as {year:int}, and a request whose segment does not fit the type goes to the next route.
The order of matching
Routes are tried from the most specific to the least: a path without named parts wins over one with them, whatever the order of the file.
Adding a route from a plugin
A plugin adds its routes in its setup function; they are tried after the site's own routes unless the plugin asks to go first.
Edit this page
Previous
Quick start
Next
Plugins
)",
     "Routing"},
    {"docs page, one-word title under the breadcrumb's copy, its stem in the introduction (fr)",
     "fr",
     R"(Aller au contenu
Falaise
v5.0
Documentation
Forum
Rechercher
Bien démarrer
Installer Falaise
Premier projet
Guides
Journalisation
Greffons
Déploiement
Référence
Ligne de commande
Fichier de réglages
Délais réseau
Guides
Journalisation
Journalisation
Falaise écrit une ligne de journal pour chaque requête servie et chaque tâche exécutée, afin que vous puissiez remonter d'une page lente jusqu'à sa cause. Cette page dit où le journal est écrit, comment choisir son niveau et comment l'envoyer ailleurs.
Sur cette page
Où le journal est écrit
Choisir un niveau
Envoyer le journal ailleurs
Où le journal est écrit
Par défaut le serveur écrit son journal sur la sortie standard, une ligne par requête, avec l'heure, le chemin et la durée. Les délais réseau dépassés et les nouvelles tentatives y figurent comme avertissements.
Réglez l'option file pour écrire dans un fichier ; le fichier est rouvert quand il est déplacé, si bien que les outils de rotation fonctionnent.
Choisir un niveau
L'option level prend debug, info, warn ou error ; chaque niveau comprend ceux qui le suivent dans cette liste.
Envoyer le journal ailleurs
Réglez l'option sink sur l'adresse d'un collecteur et le serveur y envoie chaque ligne en plus de son propre journal.
Modifier cette page
Précédent
Premier projet
Suivant
Greffons
)",
     "Journalisation"},
};

} // namespace

TEST_CASE("a meta block of labels and a contents between the standfirst and the text leave it the lede",
          "[headline][contents][lede]") {
    for (const MetaLedeRow& r : meta_lede_rows) {
        INFO(r.name);
        const Article a = classify(segment(r.page), r.language);
        CHECK(a.headline.value_or("<none>") == r.headline);
        CHECK(a.lede.value_or("<none>") == r.lede);
    }
}

TEST_CASE("a one-word title over its standfirst and a contents, or under its breadcrumb's copy, is the title",
          "[headline][contents]") {
    for (const OneWordTitleRow& r : one_word_rows) {
        INFO(r.name);
        const Article a = classify(segment(r.page), r.language);
        CHECK(a.headline.value_or("<none>") == r.headline);
    }
}
