import WerkbankCore
import TerminalUI
