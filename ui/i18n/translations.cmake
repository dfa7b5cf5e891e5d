# The interface's translations (docs/translating.md).
#
# ui/i18n/timeslice_it.ts holds the Italian of every tr() string of ui/ and app/;
# ui/i18n/timeslice_en.ts only the English plural forms ("1 context switch", "2 context
# switches"), the source strings being English already. lrelease turns both into .qm files that
# are compiled into the library as resources under :/i18n (InterfaceLanguage loads them).
#
#   cmake --build build/dev --target timeslice_lupdate
#
# refreshes both files from the sources: new strings come in unfinished (ui.test_Translations
# then fails and names them), strings no longer used are kept as "vanished" for reuse.
# Locations are left out of the files so that moving code does not rewrite them.
set(TIMESLICE_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/timeslice_it.ts ${CMAKE_CURRENT_LIST_DIR}/timeslice_en.ts)
set(TIMESLICE_TRANSLATED_DIRS ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app)

if(NOT TARGET Qt6::lrelease OR NOT TARGET Qt6::lupdate)
  message(WARNING "Qt's translation tools (qt6-l10n-tools) are missing: the interface will be English only")
  return()
endif()

qt_add_lrelease(timeslice_ui TS_FILES ${TIMESLICE_TS_FILES} QM_FILES_OUTPUT_VARIABLE timeslice_qm_files)
qt_add_resources(timeslice_ui timeslice_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
                 FILES ${timeslice_qm_files})

add_custom_target(timeslice_lupdate
  COMMAND Qt6::lupdate -locations none -no-ui-lines ${TIMESLICE_TRANSLATED_DIRS}
          -ts ${CMAKE_CURRENT_LIST_DIR}/timeslice_it.ts
  COMMAND Qt6::lupdate -locations none -no-ui-lines -pluralonly ${TIMESLICE_TRANSLATED_DIRS}
          -ts ${CMAKE_CURRENT_LIST_DIR}/timeslice_en.ts
  COMMENT "Refreshing ui/i18n/timeslice_it.ts and timeslice_en.ts from the tr() strings of ui/ and app/"
  VERBATIM)
