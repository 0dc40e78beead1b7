import WerkbankCore
print("werkbank")
