# Precompiled Qt headers (POSTINO_PCH, off by default). They are for the clang builds of the sanitizer stage,
# where the code is compiled at -O0 and parsing Qt's headers is a third of every file's compile time; CI turns
# them on there (scripts/sanitize-tests.sh). The gcc build of scripts/run-tests.sh leaves them off, so that it
# still proves every file includes what it uses: a header in a PCH is seen by every file of its target.
#
#   postino_precompile(TARGET core|widgets)  the target's own PCH: Qt Core and Network (core), or those and
#                                            Qt Widgets (widgets)
#   postino_test_pch()                       PCHs for the test executables of the calling directory, one
#                                            for those that link Qt Widgets
#   postino_reuse_test_pch(TARGET LIBS...)   a test executable takes one of them (clang requires the same
#                                            definitions: only targets of the same directory share it)
#   postino_test_options(TARGET)             POSTINO_TEST_CXX_FLAGS for a target of test code

set(POSTINO_PCH_CORE
    <QByteArray> <QByteArrayView> <QCoreApplication> <QCryptographicHash> <QDateTime> <QDir> <QFile>
    <QFileInfo> <QHash> <QHostAddress> <QIODevice> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QLockFile> <QMap> <QMetaType> <QObject> <QPointer> <QRandomGenerator> <QRegularExpression> <QSaveFile>
    <QSet> <QSslCertificate> <QSslConfiguration> <QSslSocket> <QStandardPaths> <QString> <QStringList>
    <QStringView> <QTcpServer> <QTcpSocket> <QTimer> <QUrl> <QVariant> <functional> <memory> <optional>
    <vector>)
set(POSTINO_PCH_WIDGETS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QLabel> <QLineEdit> <QMenu>
    <QPlainTextEdit> <QPushButton> <QTreeView> <QVBoxLayout> <QWidget>)
set(POSTINO_PCH_TEST ${POSTINO_PCH_CORE} <QBuffer> <QProcess> <QScopeGuard> <QSignalSpy> <QTemporaryDir>
    <QTest> <QThread>)

function(postino_precompile target kind)
    if(NOT POSTINO_PCH)
        return()
    endif()
    if(kind STREQUAL "widgets")
        target_precompile_headers(${target} PRIVATE ${POSTINO_PCH_CORE} ${POSTINO_PCH_WIDGETS})
    else()
        target_precompile_headers(${target} PRIVATE ${POSTINO_PCH_CORE})
    endif()
endfunction()

function(postino_test_pch)
    if(NOT POSTINO_PCH)
        return()
    endif()
    set(source ${CMAKE_CURRENT_BINARY_DIR}/postino-test-pch.cpp)
    if(NOT EXISTS ${source})
        file(WRITE ${source} "// The object that carries the test executables' precompiled header.\n")
    endif()
    set_property(GLOBAL PROPERTY POSTINO_TEST_PCH_DIR ${CMAKE_CURRENT_BINARY_DIR})
    add_library(postino-test-pch OBJECT ${source})
    target_link_libraries(postino-test-pch PRIVATE Qt6::Core Qt6::Network Qt6::Test postino_config)
    postino_test_options(postino-test-pch)
    target_precompile_headers(postino-test-pch PRIVATE ${POSTINO_PCH_TEST})
    # <QTest> is another header with QT_WIDGETS_LIB defined (QTEST_MAIN makes a QApplication, the widget
    # functions are declared): a GUI test needs a PCH made with the definitions Qt6::Widgets brings.
    if(POSTINO_GUI_TESTS)
        add_library(postino-test-pch-gui OBJECT ${source})
        target_link_libraries(postino-test-pch-gui PRIVATE Qt6::Core Qt6::Network Qt6::Test Qt6::Widgets
            postino_config)
        postino_test_options(postino-test-pch-gui)
        target_precompile_headers(postino-test-pch-gui PRIVATE ${POSTINO_PCH_TEST} ${POSTINO_PCH_WIDGETS})
    endif()
endfunction()

# LIBS: what the test links; one that brings Qt Gui or Widgets takes the GUI tests' PCH.
function(postino_reuse_test_pch target)
    get_property(dir GLOBAL PROPERTY POSTINO_TEST_PCH_DIR)
    if(NOT POSTINO_PCH OR NOT dir STREQUAL CMAKE_CURRENT_BINARY_DIR)
        return()
    endif()
    set(pch postino-test-pch)
    foreach(lib ${ARGN})
        if(lib MATCHES "^(postino-ui|Qt6::Widgets|Qt6::Gui)$")
            set(pch postino-test-pch-gui)
        endif()
    endforeach()
    if(TARGET ${pch})
        target_precompile_headers(${target} REUSE_FROM ${pch})
    endif()
endfunction()

# The tests' own sources and helpers: POSTINO_TEST_CXX_FLAGS (top-level CMakeLists.txt).
function(postino_test_options target)
    if(POSTINO_TEST_CXX_FLAGS)
        target_compile_options(${target} PRIVATE ${POSTINO_TEST_CXX_FLAGS})
    endif()
endfunction()
