# target_sources(postino-core PRIVATE ...) for app/core/domain: the records a domain publishes for mail
# (SPF, DKIM keys, DMARC) read and evaluated; pure code, the DNS behind SpfLookups.
target_sources(postino-core PRIVATE
    domain/DkimKeyRecord.cpp domain/DkimKeyRecord.h
    domain/DmarcRecord.cpp domain/DmarcRecord.h
    domain/DnsSpfLookups.cpp domain/DnsSpfLookups.h
    domain/DomainCheck.cpp domain/DomainCheck.h domain/DomainCheck_p.h
    domain/DomainCheckMtaSts.cpp domain/DomainCheckMx.cpp domain/DomainCheckRecords.cpp
    domain/DomainCheckServers.cpp domain/DomainCheckSpf.cpp
    domain/DomainAlignment.cpp domain/DomainAlignment.h
    domain/MtaStsFetcher.cpp domain/MtaStsFetcher.h
    domain/MtaStsPolicy.cpp domain/MtaStsPolicy.h
    domain/PublicKeyInfo.cpp domain/PublicKeyInfo.h
    domain/PublicSuffixList.cpp domain/PublicSuffixList.h
    domain/RecordSelection.h
    domain/SpfAudit.cpp domain/SpfAudit.h
    domain/SpfEvaluator.cpp domain/SpfEvaluator.h
    domain/SpfLookups.h
    domain/SpfMacro.cpp domain/SpfMacro.h
    domain/SpfRecord.cpp domain/SpfRecord.h
    domain/TagList.cpp domain/TagList.h)
