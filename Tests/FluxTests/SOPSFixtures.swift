// Fixtures encrypted by sops 3.11.0 for a throwaway age key committed right here: it protects
// nothing, and lets the decryption path be tested on machines without sops or age.

enum SOPSFixtures {
    static let identity = "AGE-SECRET-KEY-12S9WNWPND5V72AWGX8K9RC83UJR86S0T7EGJGL6W0WSGKGQUYQYSLTP0JP"
    static let recipient = "age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42"

    static let secretWithRegex = #"""
apiVersion: v1
kind: Secret
metadata:
    name: demo
    namespace: default
type: Opaque
stringData:
    #ENC[AES256_GCM,data:AMUT3yLKxHmx9w==,iv:dOsGrMqYprMEloWCen+cBU5Qw/pFiGmfZDQONWbmJDo=,tag:ye8hkn1Tq49jdMcAIc2Lcw==,type:comment]
    password: ENC[AES256_GCM,data:C9DVVSm74A==,iv:e1NgYr4Thmhb2c6l68VAvl90MDhopnfCkuiICzGuqls=,tag:+N5bUDSQ7QFeV+YCKT4Fgw==,type:str]
    count: ENC[AES256_GCM,data:NVk=,iv:uz9T5ioINtKZbOW3Ochyyl9lxRhbdEp0nZUbueeYUeY=,tag:fhejwHuh5gdYv91pWSFfBw==,type:int]
    ratio: ENC[AES256_GCM,data:kFdo,iv:uYAQYFSaKsQnoKb/xMQKIb7NifvESt0FzlxDWytryn4=,tag:OJFr0WBA3ioUSbluZDMdJg==,type:float]
    flag: ENC[AES256_GCM,data:UNhbSw==,iv:6za/Y/C03eN4+PkMiU4zQ8gB3P3mwh20IGTkhvnjJPE=,tag:Ymo1nJN7QZC2vh4cc4y8VQ==,type:bool]
    empty: ""
    list:
        - ENC[AES256_GCM,data:bg==,iv:+bwHfDGhWDQnHTn+DUH9I6VgnqlAcGvoA29SOdxJ4UE=,tag:b1WWbTyZoRkXZz13XQ8Cdg==,type:str]
        - ENC[AES256_GCM,data:hg==,iv:ajHZ73Ks8IrHBTBFxpRqMXwIJpZNb2bi6tY07K4UvG8=,tag:OXLSMJVRTrZeA1lSeFivKg==,type:int]
data:
    token: ENC[AES256_GCM,data:Wc1vMd2QC+A=,iv:PR/9JkW+WLGdZrbezUwqaxVgy9RnmiXzSYYEUhojO5M=,tag:dQ12l4OjWNPDqOwnoPYCdA==,type:str]
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB6cXFwbXlXS3Z1T2t3RW9h
            TVdJMVJ3cGlwVE5HTjZxWGd1c1NqTDdwdUQ0CkZtb1RERE9GRVp5aVFCL0h0YU1a
            NXNQWjkyM0FVTGdRYXBGN25XU1B5RzAKLS0tIDVtNjE3Wkp3QlNtTGNwQ0c2RWRJ
            N3Z5MWpzUWpZdWtWUnlOakhsU0xsZzQKAj9ZFxwkjCnywz1HVg4kDiRRqy5qpgA0
            wshWD3KAai31/lQkMYmzD/VvnDAfRrkUgHziMQEWxAWibLIin3VHSQ==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:06:05Z"
    mac: ENC[AES256_GCM,data:JVqgZ2hDBERx8IMRPWH2JWmacCmRkD6tVy8/hhaahx/Y4h1MEUvFc5fYF5ckQbnrkI8hvEK1IBb1Gr65KeuHXqjQ54dBlOa56kALAMCJ+YCN6wkjCSkZNPo/FEtImXuE2De1tXCD6xPrTwp1jBNsDhS8aXz525gCclEbpVZMLMA=,iv:atGxJ0YEEmVOUu8coJeLBktBCm6oRqMOTyCkFvJ0Q7g=,tag:uuIutaA0PKtYPw8vrITK+g==,type:str]
    encrypted_regex: ^(data|stringData)$
    version: 3.11.0
"""#

    static let defaultSuffix = #"""
apiVersion: ENC[AES256_GCM,data:l3g=,iv:uRR1I14oOQcsFD8+Dqj9cw2ZdLKZAAEC1ebllKYRJwg=,tag:CgzLJ+//4BlHg8/EwMw8aQ==,type:str]
kind: ENC[AES256_GCM,data:YT4qq2OgI81G,iv:NnVEnmrg8uuXxqd+LMTQDJoyJMWt4boYxZ/H/Hu6wEw=,tag:lxDYHM1iOq/uwTp+Cp+CAw==,type:str]
metadata:
    name: ENC[AES256_GCM,data:SevF,iv:hlOmOOPuMwSYRf6nr2RnmZpQ6+NRvvc4bJyXXc+jpfk=,tag:Q023ijzgmOpdAWS4Q9lDWw==,type:str]
data:
    host: ENC[AES256_GCM,data:YSMTn/9RSv8SvA==,iv:CAgLQer2pWpEUBpjzDxN1XuUcCENRk6uQZDJDeeuvIA=,tag:Y53bddsup3wpn5QXSmt/CA==,type:str]
    port: ENC[AES256_GCM,data:ZkO/cw==,iv:sI9/+6jXpAAbEmWjd78eYM6I5lqhVYBkRinRSjLsqmw=,tag:NhGFpIPZP9eIhMoDNCoIkQ==,type:int]
    debug_unencrypted: true
    nested:
        - ENC[AES256_GCM,data:enVBTw==,iv:O1KNWokj7/a2PoB65jchfr3uoXoYBktv01asDAxinow=,tag:y5nOnK+LpAkAI7K0wxKNfA==,type:float]
        - ENC[AES256_GCM,data:BDrV,iv:Yoo4kG64I5lFZ/bkb01XrTHobadOxEO3fI/XXciHBtY=,tag:rgslXv9vF2MxDFjTWaPznQ==,type:str]
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBsVCsrZXM1QXBwY2Y5cklx
            Q1pzc21kdEEzU1lnSUJRdXBLNFluT0FYZkdjClhYQldjVm9pUXU2T2ZSaWw0UFVI
            d2pSekZQZ3JDWkIybGtBVnJqaGNleWMKLS0tIHVJc1RhUit0QjVPMGQzYjhGUGRi
            RDV1K3M3MWk5aUZlVUJvZmdsMnMzSW8KjvYDngqq2AeKyh1egsumUT0PfX5byCa6
            y6IVz2mEu4nq1Alb46yBoZJLpo2zhp+mGppixzpgvfMcOCrC7BdPIQ==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:07:49Z"
    mac: ENC[AES256_GCM,data:/bDYKikFPtj+lLCr4QGHoWpnGdz4oh+4xN3pvwlzsxcok4SYqp5mO9scb3y7U781JyUmpR2JNLoX06h0RmsPPizcc/lNc1Yi0d99YJAcNbg9U0Q3xpM1vyKkdCTMwxUA6IFqq2NZlfJ8iVWB35GhvgMtFik6zya14/tEf9L9SRM=,iv:VDr1bQ8hvMC+opTo1Qn+QNdH0JbER9ZtI7O5/xxiIYY=,tag:NaGA1JzVTPz1JwcwzEfKFg==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.11.0
"""#

    static let macOnlyEncrypted = #"""
apiVersion: v1
kind: ConfigMap
metadata:
    name: cfg
data:
    host: ENC[AES256_GCM,data:2DrjRVNoPHtwzA==,iv:B53Iqb30D95HTOaUogXwmTI1Vw7eZBFOcdQa9gqk7PI=,tag:V7HHdjzi8KtJqPQwduxH0w==,type:str]
    port: ENC[AES256_GCM,data:IoqxoA==,iv:cM7T1GPzl74XD27y2lGzAed/+IOKIOEURLYDE0NTvlA=,tag:bqTux7m0pmLOEN2Wqe2Z7A==,type:int]
    debug_unencrypted: ENC[AES256_GCM,data:KJQiiw==,iv:PKDshom5NVolGCd16/v5MDZ1nPPt4ZXUdH0BjTklBh8=,tag:1DGBI3Gut7GomdqB2prNCQ==,type:bool]
    nested:
        - ENC[AES256_GCM,data:+NlfRw==,iv:j31Ral9cD2zk/kD4SS4W0TACoXooQ7Fj6hjqivf+4xM=,tag:aeVXjvimcuqtVamI+kdeTg==,type:float]
        - ENC[AES256_GCM,data:aPk0,iv:x4efnNA5OZqEBHZwMcQXEspF/Eni4hy3KUtH21Twfe8=,tag:cRomMuntwQxHWItkeaCcyQ==,type:str]
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBWUU9xVWZmczRRZEtlcndn
            ZG5zR0RXeGx6WWZpUVI2RVptUTcvN0dlblFjCit3VU0xVEt0d0Erd1ZLUmhUd0F6
            MlZZdmM2Wm5BNkNhVjdHUFY5ZzRkTUUKLS0tIDRNQWszRnYwNDh1WEtPdWtyY1Rt
            eXJRakJWMExQc3ZKYWZ3VnhDUGZnaGMKwadRB7fNTjA825crgEar7nRsrQteT8aQ
            BzDpPZHBEspDwpn5GuFYaBX4TAmr0AOBi97qYu++Mswe+NBMb0Gw2w==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:07:49Z"
    mac: ENC[AES256_GCM,data:bsALEeWJjdACQFeOvoC37ZdFnle4sMlGLANmdqaYonqD8yF/TCUbevqim4HFjLqgt0XGfkpUmCF9Cl3sScETmhrr1DScYteSOlbnSXqFx1971qwT7t5Xyioz3GQI/tGbEuDPYRVTOjUmgkYhXK2JWqqBz97lTCUff13/XsOi3sY=,iv:y0Ce3SCD2IcfdQeiJ3BCgsc/M/cbzwSDIisytcbdwLo=,tag:yDgtdfiIe+E2hJ9PnNXw1w==,type:str]
    encrypted_regex: ^(data|stringData)$
    mac_only_encrypted: true
    version: 3.11.0
"""#

    /// Two documents sharing one MAC.
    static let multiDocument = #"""
a: ENC[AES256_GCM,data:sg==,iv:YmahanlhV+PHbc+CEPFTFs0KHxk/m4N+6DE7v/QQ0cE=,tag:bUtV/4Qjx6sq2fQmmlPQZA==,type:int]
b: ENC[AES256_GCM,data:OQ==,iv:qlK4sbHFHPzNKQ+ZIWoCh+8gLE3tl6ZAQHoc/iZ3m8o=,tag:WAgRk1Ugs6QJHol08+IcvQ==,type:str]
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBtVVFhSkhmTkl5bi9aN1RM
            Z1Y2Y0VEK1VNbjhIMklyTGZQemg5Z2pucWh3CmpHdVlic2NOTmJjdWh5UlVlVDg5
            aGNOaW9vRko0eGRYVGY4UUdyaDJtM2MKLS0tIFIwTlRWdDQzb3I0amtpeWloTjU0
            Z1ozK3RlM05ST2E1K3NMME1HcFZzYlEK+9JjpD1IPhLP7C2qELJXyQeW8w03oF1b
            TmIa0GTWocLx+IktpE3AXTuqndwAAlyqbfawJq4DkLt2hcibecw69A==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:30:37Z"
    mac: ENC[AES256_GCM,data:999PbGGnDIJ8gXgnJSfl+Mquo5SAWzVz1sUqoVV3Xuz3wDe3MNBr9FXkHWVacKyzLJmse5pQieTDFNPQqkEZZzW40btISH8WtyVtGO7SkWldOUvqSLKEsIpQja6vN5eW0A/XZEgDFJtSrpJILdcvLJDjGT0fF5+krvYdm8LM0Ug=,iv:rCT4mbrIdclIc5g/VvX+waJrJZ3mj8MkWpx5vnUEfMA=,tag:GuhhjDzoFWP2x0x9Ia0sRw==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.11.0
---
c: ENC[AES256_GCM,data:DQ==,iv:p6s6r+xPOANsPJBnR4c14wXukneUnAn6dYTfVB+oF74=,tag:WdlqcyMZed/wZdQqaWjTsw==,type:str]
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBtVVFhSkhmTkl5bi9aN1RM
            Z1Y2Y0VEK1VNbjhIMklyTGZQemg5Z2pucWh3CmpHdVlic2NOTmJjdWh5UlVlVDg5
            aGNOaW9vRko0eGRYVGY4UUdyaDJtM2MKLS0tIFIwTlRWdDQzb3I0amtpeWloTjU0
            Z1ozK3RlM05ST2E1K3NMME1HcFZzYlEK+9JjpD1IPhLP7C2qELJXyQeW8w03oF1b
            TmIa0GTWocLx+IktpE3AXTuqndwAAlyqbfawJq4DkLt2hcibecw69A==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:30:37Z"
    mac: ENC[AES256_GCM,data:999PbGGnDIJ8gXgnJSfl+Mquo5SAWzVz1sUqoVV3Xuz3wDe3MNBr9FXkHWVacKyzLJmse5pQieTDFNPQqkEZZzW40btISH8WtyVtGO7SkWldOUvqSLKEsIpQja6vN5eW0A/XZEgDFJtSrpJILdcvLJDjGT0fF5+krvYdm8LM0Ug=,iv:rCT4mbrIdclIc5g/VvX+waJrJZ3mj8MkWpx5vnUEfMA=,tag:GuhhjDzoFWP2x0x9Ia0sRw==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.11.0
"""#

    /// Line and foot comments, which sops stores as encrypted comment items.
    static let comments = #"""
#ENC[AES256_GCM,data:qFKXwk6S2rOT,iv:xrh3z3mglEttxWJYa9vSPQIajM9R+v5o34/H5O0JKdA=,tag:PCuQGA1TmmZESs6OhAvXdQ==,type:comment]
a: ENC[AES256_GCM,data:vQ==,iv:Uot9Exads8GpqU/6xlDiohsw4Q5I+cvtFzRJYlGyoM8=,tag:6DCEBjTnjlFdqnEFzfL+9g==,type:int]
b:
    - ENC[AES256_GCM,data:mR/bdLM=,iv:hYmvIeJMRtPqPdzBBB+EJUqjewNE2P0R9yC5oq6Pcdk=,tag:TYifv+Z35CBdRJbF3BxVlg==,type:comment]
    - ENC[AES256_GCM,data:JA==,iv:JFfJ/jdnzsWPvwQ8TWntmAr+oCInsjWoSYY/3BrvxyA=,tag:qDoXsIgQx4C0ziQ5girnmQ==,type:str]
    - ENC[AES256_GCM,data:iIJg/EU=,iv:o9R8W1xW7/K5NFmFTXBYLDUiGtxcqbY7FpRWvAXjyw0=,tag:hnusx+yZoqB8qVKr20AEXg==,type:comment]
#ENC[AES256_GCM,data:m+zfuA8s67JM,iv:m74s1QKWTzMyE9yb/WuXccFsYAA9D/N1ICT0KWlWfYM=,tag:erDaTO+XZ9yi1mW8+77qVg==,type:comment]
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBtVTlhOEE2eGRoZ1gzSlVE
            aXMzWm5tN0FxQk9tS3JLVTNZQ3NqNFU4UXdnCnkxWWFiWktMRkZuZU01MHZCZEJU
            TTJ1VWxVMG9LRVkyT01Ic0xIZnh0WkUKLS0tIEFGRUg2akVRTFh5Z1BGRXAwdith
            ZnBnUmh2cFRQUGh3S0VtbWRnZnBsRDQK0rD7GcB/pb490P/5VuAGZS/znU2SE1GK
            IpBIO2XXjAz7zvXnWZ+s4lHj2UxCI5CqVb6VVfoGzU0UkQdWWx5Elg==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:33:14Z"
    mac: ENC[AES256_GCM,data:fPmc3iouNzQ6D3LnWWQBWbWZ/S+A9v5+XW+sozp6yV2QiOJQGjVwWND9TKIAW0FEw9vrh5loPJh5CbxB/B5u2mmlYftrDK05BHPvtAb2Kq1Fa4Bzlijvyrmvpiu5EnXvmNzGZ53L3Sb+JpY0IzqFSxAcOJ1uoIx7ZJdhZBvHGNw=,iv:sYas7aBEJukjhw2W4s00Vl066FO7Ht452WDtnjLI5Nc=,tag:WwoTd1b5WFzwRETeE8jqIA==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.11.0
"""#

    /// Selection by `--encrypted-comment-regex sops:enc`.
    static let commentRegex = #"""
a: 1
# sops:enc
b: ENC[AES256_GCM,data:C8vqsqET,iv:MpAZ4lvQqtd9cS1095NFgg8mUCf0sLcomWtrp8gTaKU=,tag:sD9YVDHf/JTMycQ4m3YmFQ==,type:str]
c: plain
sops:
    age:
        - recipient: age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBCalNiN3pUK3ViUkNPNmpV
            WS9IemdoR2JFdDA1TUFBTnRXbEdLS0NXaHhNCmwrOFROejNrL2JNR0JISlNySWc3
            R0RJSjk4ODQ2OVdXcmRzVWtBMDFOd2cKLS0tIHgxUDkzakFjQzBzeWdqRUJxUkVx
            bURKL2lIWlZjZlpheTl0UlQ1U09MWmsK0VxqfGRcfk15EAQXm657pCRlTk0LKuLu
            6WEtSt34P5YfWeky8kIBxhOjlQN+NY7Oq4zGVNN0nfolry/5PZGLHA==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-23T17:33:14Z"
    mac: ENC[AES256_GCM,data:071wHhPfeikxJlCDJzMfpCwSqhvgwdc+LuTAzEx/XXSO5/swt0tEaJCo5O4f9xDEBVXZOYlNWje9C/A3RK2ZSlVcdeXNawnKU1WdjmPmFGxBHzZIwaSk/6UB9nwRNQfq6UWa9ACAN/QScK8Uf2Ebg571ZxY6BgIW6l4dJm2spV8=,iv:BXrkQI33hHRHGY6G3WOagKcmDLDoEEHuNLvoItq+NqM=,tag:TBvZMdDHxlJLFhnpXNscGQ==,type:str]
    encrypted_comment_regex: sops:enc
    version: 3.11.0
"""#
}
